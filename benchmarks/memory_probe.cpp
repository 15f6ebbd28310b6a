// Peak resident memory of parsing and summarising one document (Linux):
//
//   memory_probe FILE [ALGORITHM]
//
// The program first parses and summarises a short text so that one-time
// tables (locales, stemmers, stopword lists, the default model) are loaded,
// then reads FILE. It then resets the kernel's peak-RSS mark (writing 5 to
// /proc/self/clear_refs), so that the one-time start-up peak does not hide a
// smaller document, and reports the RSS at that point and the peak RSS
// (VmHWM) after parsing and after summarising with ALGORITHM ("default" if
// not given). It prints one JSON object; benchmarks/memory.py makes the table.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "newslib/document.hpp"
#include "newslib/error.hpp"
#include "newslib/summarize.hpp"

namespace {

// A "Name:   1234 kB" field of /proc/self/status in bytes, or -1.
long long status_bytes(const std::string& name) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line)) {
    if (line.compare(0, name.size() + 1, name + ":") == 0) {
      std::istringstream fields(line.substr(name.size() + 1));
      long long kib = -1;
      fields >> kib;
      return kib < 0 ? -1 : kib * 1024;
    }
  }
  return -1;
}

bool reset_peak() {
  std::ofstream out("/proc/self/clear_refs");
  out << "5";
  out.flush();
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: memory_probe FILE [ALGORITHM]\n");
    return 2;
  }
  newslib::summary_options options;
  if (argc == 3) options.algorithm = argv[2];

  try {
    {
      const newslib::document warm(
          "The harbour reopened on Tuesday after a week of storms. Ferries ran on time.\n\n"
          "Officials said repairs to the pier would finish next month.");
      const newslib::summary s = newslib::summarize(warm, options);
      if (s.text.empty()) return 1;
    }

    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "memory_probe: cannot read %s\n", argv[1]);
      return 2;
    }
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::size_t bytes = text.size();
    if (!reset_peak()) {
      std::fprintf(stderr, "memory_probe: cannot reset the peak RSS (/proc/self/clear_refs)\n");
      return 2;
    }
    const long long before = status_bytes("VmRSS");

    // The document takes the text over, so the input is counted once, in `before`.
    const newslib::document doc(std::move(text));
    const long long parsed = status_bytes("VmHWM");
    const newslib::summary s = newslib::summarize(doc, options);
    const long long summarized = status_bytes("VmHWM");

    nlohmann::json out{{"input_bytes", bytes},
                       {"algorithm", s.algorithm},
                       {"sentences", doc.sentences().size()},
                       {"tokens", doc.tokens().size()},
                       {"rss_before", before},
                       {"peak_parse", parsed},
                       {"peak_summarize", summarized}};
    std::puts(out.dump().c_str());
  } catch (const newslib::error& e) {
    std::fprintf(stderr, "memory_probe: %s\n", e.what());
    return 1;
  }
  return 0;
}
