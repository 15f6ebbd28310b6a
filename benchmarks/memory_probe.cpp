// Resident and heap memory of parsing and summarising documents (Linux, glibc):
//
//   memory_probe FILE [ALGORITHM]           one document: the whole file
//   memory_probe --jsonl FILE [ALGORITHM]   one document per line's "article",
//                                           all kept alive together
//
// The program first parses and summarises a short text so that one-time
// tables (locales, stemmers, stopword lists, the default model) are loaded,
// then reads the input. It then resets the kernel's peak-RSS mark (writing 5
// to /proc/self/clear_refs), so that the one-time start-up peak does not hide
// a smaller document, and reports, in one JSON object (benchmarks/memory.py
// makes the table):
//   * rss_before, peak_parse, peak_summarize: the RSS at that point and the
//     peak RSS (VmHWM) after parsing and after summarising with ALGORITHM
//     ("default" if not given; one summary per document);
//   * rss_parsed: the RSS with the documents alive after parsing, once the
//     allocator has given its free pages back (malloc_trim);
//   * document_heap: the heap bytes the documents hold, their own size
//     included (what freeing them gives back, allocator overhead included);
//     cache_heap: what the parse left allocated besides (the per-thread memo
//     of term forms, see src/tokenize/lexicon.hpp);
//   * parts: the bytes of each table of the documents, counted from their
//     sizes and capacities.
#include <malloc.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

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

// Bytes of heap in use (small chunks and mmapped blocks).
long long heap_in_use() {
  const struct mallinfo2 m = mallinfo2();
  return static_cast<long long>(m.uordblks + m.hblkhd);
}

// The bytes of each table of a document (document::memory(), from sizes and
// capacities), summed over the documents.
void add_parts(const newslib::document& doc, nlohmann::json& parts) {
  auto add = [&](const char* name, std::size_t bytes) {
    parts[name] = parts.value(name, std::size_t{0}) + bytes;
  };
  const newslib::document::memory_parts m = doc.memory();
  add("document", m.self);
  add("text", m.text);
  add("paragraphs", m.paragraphs);
  add("sentences", m.sentences);
  add("tokens", m.tokens);
  add("terms", m.terms);
  add("other", m.other);
  add("memory_usage", doc.memory_usage());
  add("token_count", doc.tokens().size());
  add("term_count", doc.terms().size());
  add("stem_count", doc.stems().size());
  add("sentence_count", doc.sentences().size());
}

std::vector<std::string> read_input(const std::string& path, bool jsonl) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<std::string> texts;
  if (!jsonl) {
    // Read at its exact size, as a caller holding the text would have it.
    in.seekg(0, std::ios::end);
    std::string text(static_cast<std::size_t>(in.tellg()), '\0');
    in.seekg(0);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    texts.push_back(std::move(text));
    return texts;
  }
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    texts.push_back(nlohmann::json::parse(line).at("article").get<std::string>());
  }
  return texts;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  const bool jsonl = !args.empty() && args[0] == "--jsonl";
  if (jsonl) args.erase(args.begin());
  if (args.empty() || args.size() > 2) {
    std::fprintf(stderr, "usage: memory_probe [--jsonl] FILE [ALGORITHM]\n");
    return 2;
  }
  newslib::summary_options options;
  if (args.size() == 2) options.algorithm = args[1];

  try {
    {
      const newslib::document warm(
          "The harbour reopened on Tuesday after a week of storms. Ferries ran on time.\n\n"
          "Officials said repairs to the pier would finish next month.");
      const newslib::summary s = newslib::summarize(warm, options);
      if (s.text.empty()) return 1;
    }

    std::vector<std::string> texts = read_input(args[0], jsonl);
    std::size_t bytes = 0;
    for (const auto& t : texts) bytes += t.size();
    malloc_trim(0);
    if (!reset_peak()) {
      std::fprintf(stderr, "memory_probe: cannot reset the peak RSS (/proc/self/clear_refs)\n");
      return 2;
    }
    const long long before = status_bytes("VmRSS");
    const long long heap_before = heap_in_use();

    // Each document takes its text over, so the input is counted once, in `before`.
    std::vector<newslib::document> docs;
    docs.reserve(texts.size());
    for (auto& t : texts) docs.emplace_back(std::move(t));
    const long long parsed = status_bytes("VmHWM");
    malloc_trim(0);
    const long long rss_parsed = status_bytes("VmRSS");
    const long long heap_parsed = heap_in_use();

    std::string algorithm;
    std::vector<newslib::summary> summaries;
    summaries.reserve(docs.size());
    for (const auto& d : docs) summaries.push_back(newslib::summarize(d, options));
    if (!summaries.empty()) algorithm = summaries.front().algorithm;
    const long long summarized = status_bytes("VmHWM");
    summaries.clear();

    nlohmann::json parts = nlohmann::json::object();
    std::size_t sentences = 0, tokens = 0;
    for (const auto& d : docs) {
      add_parts(d, parts);
      sentences += d.sentences().size();
      tokens += d.tokens().size();
    }
    const std::size_t document_count = docs.size();
    const long long heap_docs = heap_in_use();
    docs = std::vector<newslib::document>();  // (the vector's storage holds the documents)
    const long long heap_after = heap_in_use();

    nlohmann::json out{{"input_bytes", bytes},
                       {"documents", document_count},
                       {"algorithm", algorithm},
                       {"sentences", sentences},
                       {"tokens", tokens},
                       {"rss_before", before},
                       {"peak_parse", parsed},
                       {"rss_parsed", rss_parsed},
                       {"peak_summarize", summarized},
                       {"document_heap", heap_docs - heap_after},
                       {"cache_heap", heap_parsed - heap_before - (heap_docs - heap_after)},
                       {"parts", parts}};
    std::puts(out.dump().c_str());
  } catch (const newslib::error& e) {
    std::fprintf(stderr, "memory_probe: %s\n", e.what());
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "memory_probe: %s\n", e.what());
    return 1;
  }
  return 0;
}
