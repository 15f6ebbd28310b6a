// Sentence segmentation throughput on English news articles
// (../shared/data/summarization/*.jsonl), newslib beside ICU's sentence
// BreakIterator (reused, over UTF-8 in place).
#include <benchmark/benchmark.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "newslib/segment.hpp"
#include "segment/sentence_splitter.hpp"

namespace {

// All articles of one summarization file, joined by blank lines.
const std::string& corpus(const std::string& file) {
  static std::map<std::string, std::string> cache;
  auto& text = cache[file];
  if (!text.empty()) return text;
  std::ifstream in(std::filesystem::path(NEWSLIB_SHARED_DATA) / "summarization" / file);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    text += nlohmann::json::parse(line).at("article").get<std::string>();
    text += "\n\n";
  }
  return text;
}

void run_newslib(benchmark::State& state, const std::string& file) {
  const std::string& text = corpus(file);
  if (text.empty()) {
    state.SkipWithError("shared data not found");
    return;
  }
  const auto& splitter = newslib::detail::sentence_splitter_for("en");
  std::vector<newslib::span> out;
  for (auto _ : state) {
    out.clear();
    splitter.split(text, newslib::span{0, text.size()}, out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["sentences"] = static_cast<double>(out.size());
}

void run_icu(benchmark::State& state, const std::string& file) {
  const std::string& text = corpus(file);
  if (text.empty()) {
    state.SkipWithError("shared data not found");
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en_US"), status));
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) {
    state.SkipWithError("ICU setup failed");
    return;
  }
  std::size_t count = 0;
  for (auto _ : state) {
    it->setText(ut, status);
    count = 0;
    for (int32_t p = it->first(); p != icu::BreakIterator::DONE; p = it->next()) ++count;
    benchmark::DoNotOptimize(count);
  }
  utext_close(ut);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["sentences"] = static_cast<double>(count);
}

// Many small documents: the per-call cost matters for the document builder.
void run_newslib_per_article(benchmark::State& state) {
  static std::vector<std::string> articles;
  if (articles.empty()) {
    std::ifstream in(std::filesystem::path(NEWSLIB_SHARED_DATA) / "summarization" /
                     "cnndm_raw_dev100.jsonl");
    std::string line;
    while (std::getline(in, line))
      if (!line.empty())
        articles.push_back(nlohmann::json::parse(line).at("article").get<std::string>());
  }
  if (articles.empty()) {
    state.SkipWithError("shared data not found");
    return;
  }
  std::size_t bytes = 0;
  for (const auto& a : articles) bytes += a.size();
  for (auto _ : state) {
    for (const auto& a : articles) benchmark::DoNotOptimize(newslib::split_sentences(a, "en"));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}

}  // namespace

BENCHMARK_CAPTURE(run_newslib, raw_cnndm, std::string("cnndm_raw_dev100.jsonl"));
BENCHMARK_CAPTURE(run_icu, raw_cnndm, std::string("cnndm_raw_dev100.jsonl"));
BENCHMARK_CAPTURE(run_newslib, bbc, std::string("bbc_raw_dev50.jsonl"));
BENCHMARK_CAPTURE(run_icu, bbc, std::string("bbc_raw_dev50.jsonl"));
BENCHMARK_CAPTURE(run_newslib, tokenized_cnndm, std::string("cnndm_tokenized_dev.jsonl"));
BENCHMARK_CAPTURE(run_icu, tokenized_cnndm, std::string("cnndm_tokenized_dev.jsonl"));
BENCHMARK(run_newslib_per_article);

BENCHMARK_MAIN();
