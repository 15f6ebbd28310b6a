// Time and memory of the bad-input matrix at growing sizes: each case is run
// at 1, 10 and 100 MB so that linear time shows as a constant MB/s.
// `peak_rss_mb` is the process's peak so far: run one case per process
// (--benchmark_filter='BM_ParseBadInput/3/100/') for each case's own peak, as
// docs/reliability.md does.
#include <sys/resource.h>

#include <benchmark/benchmark.h>

#include <string>

#include "newslib/newslib.hpp"

namespace {

std::string repeat_to(const std::string& unit, std::size_t bytes) {
  std::string out;
  out.reserve(bytes + unit.size());
  while (out.size() < bytes) out += unit;
  return out;
}

std::string make_case(int which, std::size_t bytes) {
  switch (which) {
    case 0: return repeat_to("The council met on Tuesday. Members argued for hours.\n\n", bytes);
    case 1: return "A " + std::string(bytes, 'x') + " token.";
    case 2: return repeat_to("Go now. ", bytes);
    case 3: return repeat_to("?!.,;:... ", bytes);
    case 4: return repeat_to("\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 \xD8\xA8\xD9\x83\xD9\x85. ", bytes);
    case 5: return repeat_to("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9 ok. ", bytes);
    case 6: return repeat_to("\"'(\"'(\"'( deep ", bytes);
    case 7: return repeat_to("<p>The <b>council</b> met.</p>\r\n", bytes);
    case 9: {
      static const char unit[] = "Bell\x07 rang\0 twice\x1B[0m. ";
      return repeat_to(std::string(unit, sizeof unit - 1), bytes);
    }
    default: return repeat_to(std::string("ab\xFF\xFE" "cd. ", 8), bytes);
  }
}

const char* const kNames[] = {"news_text", "one_token", "tiny_sentences", "punctuation",
                              "rtl", "emoji_zwj", "quote_nesting", "html_crlf",
                              "invalid_utf8_replace", "control_nul"};

void BM_ParseBadInput(benchmark::State& state) {
  const int which = static_cast<int>(state.range(0));
  const std::size_t bytes = static_cast<std::size_t>(state.range(1)) << 20;
  const std::string text = make_case(which, bytes);
  newslib::parse_options options;
  options.errors = newslib::utf8_errors::replace;
  for (auto _ : state) {
    newslib::document doc(text, options);
    benchmark::DoNotOptimize(doc.sentences().size());
  }
  state.SetLabel(kNames[which]);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_mb"] = double(usage.ru_maxrss) / 1024.0;
}

void Cases(benchmark::internal::Benchmark* b) {
  for (int which = 0; which <= 9; ++which)
    for (int mb : {1, 10, 100}) b->Args({which, mb});
}

BENCHMARK(BM_ParseBadInput)->Apply(Cases)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
