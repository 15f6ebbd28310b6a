// Throughput of every stage a summary goes through, per article, on the
// English news articles of ../shared/data/summarization: parsing, sentence
// splitting, each scorer on parsed documents, summarize() on parsed documents
// and end to end (text in, summary out) for every algorithm. Each benchmark
// reports articles/s and bytes/s of article text, on one thread.
//
//   summarize_bench [--data DIR] [google benchmark flags]
//
// DIR defaults to the shared data directory known at build time. Without the
// data the program says so and exits with status 2.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "newslib/document.hpp"
#include "newslib/segment.hpp"
#include "newslib/summarize.hpp"

namespace {

struct corpus {
  std::string name;   // short label used in benchmark names
  std::string file;   // under <data>/summarization
  std::vector<std::string> articles;
  std::vector<newslib::document> docs;  // parsed with default options
  std::size_t bytes = 0;
};

std::vector<std::string> read_articles(const std::filesystem::path& path) {
  std::vector<std::string> list;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) list.push_back(nlohmann::json::parse(line).at("article").get<std::string>());
  }
  return list;
}

// Sets the two rates every benchmark reports: articles/s and bytes/s.
void report(benchmark::State& state, const corpus& c) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["articles/s"] = benchmark::Counter(
      static_cast<double>(c.articles.size()), benchmark::Counter::kIsIterationInvariantRate);
}

void parse(benchmark::State& state, const corpus& c) {
  std::size_t sentences = 0;
  for (auto _ : state) {
    sentences = 0;
    for (const auto& a : c.articles) {
      newslib::document doc(a);
      sentences += doc.sentences().size();
      benchmark::DoNotOptimize(doc.tokens().size());
    }
  }
  report(state, c);
  state.counters["sentences"] = static_cast<double>(sentences);
}

void segment(benchmark::State& state, const corpus& c) {
  for (auto _ : state) {
    for (const auto& a : c.articles) {
      auto spans = newslib::split_sentences(a, "en");
      benchmark::DoNotOptimize(spans.data());
    }
  }
  report(state, c);
}

void score(benchmark::State& state, const corpus& c, const std::string& algorithm) {
  for (auto _ : state) {
    for (const auto& doc : c.docs) {
      auto scores = newslib::score_sentences(doc, algorithm);
      benchmark::DoNotOptimize(scores.data());
    }
  }
  report(state, c);
}

// summarize() on documents parsed beforehand: scoring plus selection.
void summarize_parsed(benchmark::State& state, const corpus& c, const std::string& algorithm) {
  newslib::summary_options options;
  options.algorithm = algorithm;
  for (auto _ : state) {
    for (const auto& doc : c.docs) {
      auto s = newslib::summarize(doc, options);
      benchmark::DoNotOptimize(s.text.data());
    }
  }
  report(state, c);
}

// Text in, summary out: what a caller with raw articles pays.
void end_to_end(benchmark::State& state, const corpus& c, const std::string& algorithm) {
  newslib::summary_options options;
  options.algorithm = algorithm;
  for (auto _ : state) {
    for (const auto& a : c.articles) {
      auto s = newslib::summarize(newslib::document(a), options);
      benchmark::DoNotOptimize(s.text.data());
    }
  }
  report(state, c);
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path data = NEWSLIB_SHARED_DATA;
  // Our own flag first; everything else goes to Google Benchmark.
  std::vector<char*> args{argv[0]};
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--data") == 0 && i + 1 < argc) {
      data = argv[++i];
    } else if (std::strncmp(argv[i], "--data=", 7) == 0) {
      data = argv[i] + 7;
    } else {
      args.push_back(argv[i]);
    }
  }

  // Static: registered benchmarks refer to these until the program ends.
  static std::vector<corpus> corpora{
      {"cnndm_raw", "cnndm_raw_dev100.jsonl", {}, {}, 0},
      {"bbc_raw", "bbc_raw_dev50.jsonl", {}, {}, 0},
      {"cnndm_tokenized", "cnndm_tokenized_dev.jsonl", {}, {}, 0},
  };
  for (auto& c : corpora) {
    const auto path = data / "summarization" / c.file;
    if (!std::filesystem::exists(path)) {
      std::fprintf(stderr,
                   "summarize_bench: %s not found.\n"
                   "The benchmark needs the development articles in <data>/summarization/*.jsonl;\n"
                   "pass --data DIR to point at them.\n",
                   path.string().c_str());
      return 2;
    }
    c.articles = read_articles(path);
    for (const auto& a : c.articles) {
      c.bytes += a.size();
      c.docs.emplace_back(a);
    }
  }

  for (const auto& c : corpora) {
    const corpus* p = &c;
    const auto ms = benchmark::kMillisecond;
    benchmark::RegisterBenchmark(("parse/" + c.name).c_str(),
                                 [p](benchmark::State& s) { parse(s, *p); })->Unit(ms);
    benchmark::RegisterBenchmark(("segment/" + c.name).c_str(),
                                 [p](benchmark::State& s) { segment(s, *p); })->Unit(ms);
    for (const auto& algorithm : newslib::algorithms()) {
      benchmark::RegisterBenchmark(("score/" + algorithm + "/" + c.name).c_str(),
                                   [p, algorithm](benchmark::State& s) { score(s, *p, algorithm); })
          ->Unit(ms);
    }
    for (const auto& algorithm : newslib::algorithms()) {
      benchmark::RegisterBenchmark(
          ("summarize/" + algorithm + "/" + c.name).c_str(),
          [p, algorithm](benchmark::State& s) { summarize_parsed(s, *p, algorithm); })
          ->Unit(ms);
    }
    for (const auto& algorithm : newslib::algorithms()) {
      benchmark::RegisterBenchmark(
          ("end_to_end/" + algorithm + "/" + c.name).c_str(),
          [p, algorithm](benchmark::State& s) { end_to_end(s, *p, algorithm); })
          ->Unit(ms);
    }
  }

  int count = static_cast<int>(args.size());
  benchmark::Initialize(&count, args.data());
  if (benchmark::ReportUnrecognizedArguments(count, args.data())) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
