// Sentence-boundary accuracy on the shared SBD suites: the English Golden Rules
// and the Pragmatic Segmenter specs (21 languages). Prints cases, passed and %
// per suite; --failures also prints every failing case.
//
//   sbd_accuracy [--data DIR] [--failures] [--lang CODE]
//
// A case passes only if the whole sentence list matches. Sentences are compared
// after trimming surrounding whitespace. Cases marked `clean: true` assume the
// text was cleaned first (line breaks inside sentences removed, runs of spaces
// collapsed), so for them all whitespace is removed from both sides before
// comparing; benchmarks/sbd_peers.py compares peers the same way.
//
// News check: the BBC reference summaries (summarization/bbc_raw_dev50.jsonl)
// are sentences copied verbatim from their articles, so each one should come
// out of the splitter as exactly one sentence. Wrap check: every raw article
// (BBC, CNN/Daily Mail), hard-wrapped at 60, 72 and 80 columns, must split
// into the same sentences as its unwrapped paragraphs (a newline inside a
// sentence is no boundary).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "newslib/segment.hpp"

namespace {

std::string trim(const std::string& s) {
  const char* ws = " \t\n\r\f\v";
  const auto b = s.find_first_not_of(ws);
  if (b == std::string::npos) return {};
  const auto e = s.find_last_not_of(ws);
  return s.substr(b, e - b + 1);
}

// Drops ASCII whitespace, NBSP, U+3000 and the U+2000..U+200A spaces.
std::string squeeze(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || (c >= '\t' && c <= '\r')) continue;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0x80) {
      i += 2;
      continue;
    }
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) <= 0x8A) {
      i += 2;
      continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

std::vector<std::string> normalized(const std::vector<std::string>& sentences, bool clean) {
  std::vector<std::string> out;
  for (const auto& s : sentences) {
    std::string t = clean ? squeeze(s) : trim(s);
    if (!t.empty()) out.push_back(std::move(t));
  }
  return out;
}

struct tally {
  std::string name;
  int cases = 0;
  int passed = 0;
};

tally run_suite(const std::filesystem::path& file, const std::string& name,
                const std::string& language, bool show_failures) {
  tally t{name};
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    const std::string text = j.at("text").get<std::string>();
    const bool clean = j.value("clean", false);
    std::vector<std::string> got;
    for (const auto sp : newslib::split_sentences(text, language))
      got.push_back(text.substr(sp.begin, sp.size()));
    const auto expected = normalized(j.at("sentences").get<std::vector<std::string>>(), clean);
    const auto actual = normalized(got, clean);
    ++t.cases;
    if (expected == actual) {
      ++t.passed;
    } else if (show_failures) {
      std::cout << "--- FAIL " << name << " #" << t.cases << (clean ? " (clean)" : "") << "\n"
                << "text: " << nlohmann::json(text).dump() << "\n";
      for (const auto& s : expected) std::cout << "  want: " << nlohmann::json(s).dump() << "\n";
      for (const auto& s : got) std::cout << "  got:  " << nlohmann::json(s).dump() << "\n";
    }
  }
  return t;
}

// Reference sentences found verbatim as one of the article's sentences.
tally run_bbc(const std::filesystem::path& file, bool show_failures) {
  tally t{"bbc_refs"};
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    const std::string text = j.at("article").get<std::string>();
    std::set<std::string> got;
    for (const auto sp : newslib::split_sentences(text, "en"))
      got.insert(text.substr(sp.begin, sp.size()));
    std::istringstream refs(j.at("reference").get<std::string>());
    std::string ref;
    while (std::getline(refs, ref)) {
      ref = trim(ref);
      if (ref.empty()) continue;
      ++t.cases;
      if (got.count(ref)) ++t.passed;
      else if (show_failures) std::cout << "--- MISS bbc_refs: " << nlohmann::json(ref).dump() << "\n";
    }
  }
  return t;
}

std::size_t code_points(const std::string& s) {
  std::size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Greedy word wrap of one paragraph at `width` characters.
std::string wrap(const std::string& paragraph, std::size_t width) {
  std::istringstream words(paragraph);
  std::string word, out;
  std::size_t line = 0;
  while (words >> word) {
    const std::size_t w = code_points(word);
    if (line > 0 && line + 1 + w > width) {
      out += '\n';
      line = 0;
    } else if (line > 0) {
      out += ' ';
      ++line;
    }
    out += word;
    line += w;
  }
  return out;
}

std::vector<std::string> squeezed_sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const auto sp : newslib::split_sentences(text, "en"))
    out.push_back(squeeze(text.substr(sp.begin, sp.size())));
  return out;
}

tally run_wrap(const std::vector<std::filesystem::path>& files, bool show_failures) {
  tally t{"wrap_same"};
  for (const auto& file : files) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      const std::string article = nlohmann::json::parse(line).at("article").get<std::string>();
      std::vector<std::string> paragraphs;
      std::istringstream lines(article);
      std::string p;
      while (std::getline(lines, p))
        if (!trim(p).empty()) paragraphs.push_back(trim(p));
      std::string plain;
      for (const auto& q : paragraphs) plain += q + "\n\n";
      const auto want = squeezed_sentences(plain);
      for (const std::size_t width : {60, 72, 80}) {
        std::string wrapped;
        for (const auto& q : paragraphs) wrapped += wrap(q, width) + "\n\n";
        ++t.cases;
        if (squeezed_sentences(wrapped) == want) ++t.passed;
        else if (show_failures)
          std::cout << "--- WRAP " << width << ": " << nlohmann::json(wrapped.substr(0, 200)).dump()
                    << "\n";
      }
    }
  }
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path data = NEWSLIB_SHARED_DATA;
  bool failures = false;
  std::string only;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--failures") failures = true;
    else if (a == "--data" && i + 1 < argc) data = argv[++i];
    else if (a == "--lang" && i + 1 < argc) only = argv[++i];
    else {
      std::cerr << "usage: sbd_accuracy [--data DIR] [--failures] [--lang CODE]\n";
      return 2;
    }
  }
  const auto sbd = data / "sbd";
  if (!std::filesystem::exists(sbd)) {
    std::cerr << "no SBD data at " << sbd << "\n";
    return 1;
  }
  std::vector<tally> rows;
  if (only.empty() || only == "golden")
    rows.push_back(run_suite(sbd / "golden_rules_en.jsonl", "golden_en", "en", failures));
  std::vector<std::filesystem::path> specs;
  for (const auto& e : std::filesystem::directory_iterator(sbd / "pragmatic_segmenter"))
    if (e.path().extension() == ".jsonl") specs.push_back(e.path());
  std::sort(specs.begin(), specs.end());
  for (const auto& p : specs) {
    const std::string lang = p.stem().string();
    if (!only.empty() && only != lang) continue;
    rows.push_back(run_suite(p, "ps_" + lang, lang, failures));
  }
  const auto bbc = data / "summarization" / "bbc_raw_dev50.jsonl";
  if ((only.empty() || only == "bbc") && std::filesystem::exists(bbc))
    rows.push_back(run_bbc(bbc, failures));
  const auto cnn = data / "summarization" / "cnndm_raw_dev100.jsonl";
  if ((only.empty() || only == "wrap") && std::filesystem::exists(bbc) &&
      std::filesystem::exists(cnn))
    rows.push_back(run_wrap({bbc, cnn}, failures));
  int cases = 0, passed = 0;
  std::printf("%-12s %6s %6s %7s\n", "suite", "cases", "passed", "%");
  for (const auto& r : rows) {
    std::printf("%-12s %6d %6d %6.1f%%\n", r.name.c_str(), r.cases, r.passed,
                r.cases ? 100.0 * r.passed / r.cases : 0.0);
    if (r.name.rfind("ps_", 0) == 0) {
      cases += r.cases;
      passed += r.passed;
    }
  }
  std::printf("%-12s %6d %6d %6.1f%%\n", "ps_all", cases, passed,
              cases ? 100.0 * passed / cases : 0.0);
  return 0;
}
