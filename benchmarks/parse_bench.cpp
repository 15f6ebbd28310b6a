// Full parse throughput (paragraphs, sentences, tokens, terms, stems) on English
// news articles from ../shared/data/summarization, and the memory a parsed
// document takes relative to its text.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "newslib/document.hpp"
#include "newslib/language.hpp"
#include "tokenize/tokenizer.hpp"

namespace {

// The articles of one summarization file (empty when the data is absent).
const std::vector<std::string>& articles(const std::string& file) {
  static std::map<std::string, std::vector<std::string>> cache;
  auto& list = cache[file];
  if (!list.empty()) return list;
  std::ifstream in(std::filesystem::path(NEWSLIB_SHARED_DATA) / "summarization" / file);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) list.push_back(nlohmann::json::parse(line).at("article").get<std::string>());
  }
  return list;
}

std::size_t total_bytes(const std::vector<std::string>& list) {
  std::size_t n = 0;
  for (const auto& a : list) n += a.size();
  return n;
}

// Bytes held by a document: its text, every table's storage.
std::size_t document_bytes(const newslib::document& doc) { return doc.memory_usage(); }

newslib::parse_options options_for(int mode) {
  newslib::parse_options o;
  if (mode >= 1) o.language = "en";
  if (mode >= 2) o.metadata = false;
  return o;
}

// Each article is one document, as in real use. range(0): 0 = defaults
// (language identified, metadata), 1 = language given, 2 = also no metadata.
void parse_articles(benchmark::State& state, const std::string& file) {
  const auto& list = articles(file);
  if (list.empty()) {
    state.SkipWithError("shared data not found");
    return;
  }
  const newslib::parse_options options = options_for(static_cast<int>(state.range(0)));
  std::size_t tokens = 0, memory = 0;
  for (auto _ : state) {
    tokens = memory = 0;
    for (const auto& a : list) {
      newslib::document doc(a, options);
      tokens += doc.tokens().size();
      memory += document_bytes(doc);
      benchmark::DoNotOptimize(doc.tokens().size());
    }
  }
  const std::size_t bytes = total_bytes(list);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["tokens"] = static_cast<double>(tokens);
  state.counters["memory_ratio"] = static_cast<double>(memory) / static_cast<double>(bytes);
}

// All articles of a file as one big document.
void parse_joined(benchmark::State& state, const std::string& file) {
  const auto& list = articles(file);
  if (list.empty()) {
    state.SkipWithError("shared data not found");
    return;
  }
  std::string text;
  for (const auto& a : list) text += a + "\n\n";
  const newslib::parse_options options = options_for(static_cast<int>(state.range(0)));
  std::size_t memory = 0;
  for (auto _ : state) {
    newslib::document doc(text, options);
    memory = document_bytes(doc);
    benchmark::DoNotOptimize(doc.tokens().size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["memory_ratio"] = static_cast<double>(memory) / static_cast<double>(text.size());
}

// The stages on their own.
void tokenize_articles(benchmark::State& state, const std::string& file) {
  const auto& list = articles(file);
  if (list.empty()) {
    state.SkipWithError("shared data not found");
    return;
  }
  std::vector<newslib::detail::packed_token> out;
  for (auto _ : state) {
    for (const auto& a : list) {
      out.clear();
      newslib::detail::tokenize(a, newslib::span{0, a.size()}, out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(list)));
}

void identify_articles(benchmark::State& state, const std::string& file) {
  const auto& list = articles(file);
  if (list.empty()) {
    state.SkipWithError("shared data not found");
    return;
  }
  for (auto _ : state) {
    for (const auto& a : list) benchmark::DoNotOptimize(newslib::identify_language(a));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes(list)));
}

}  // namespace

BENCHMARK_CAPTURE(parse_articles, cnndm_raw, std::string("cnndm_raw_dev100.jsonl"))
    ->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parse_articles, bbc_raw, std::string("bbc_raw_dev50.jsonl"))
    ->Arg(0)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parse_joined, cnndm_raw, std::string("cnndm_raw_dev100.jsonl"))
    ->Arg(0)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parse_joined, cnndm_tokenized, std::string("cnndm_tokenized_dev.jsonl"))
    ->Arg(0)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(tokenize_articles, cnndm_raw, std::string("cnndm_raw_dev100.jsonl"))
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(identify_articles, cnndm_raw, std::string("cnndm_raw_dev100.jsonl"))
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
