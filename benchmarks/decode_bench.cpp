// Throughput of newslib::decode (bytes in → UTF-8 text + offset map) on a
// 174 KB article-sized input per charset, beside Boost.Locale's plain
// conv::to_utf on the same bytes (no offsets, no error positions) and the
// detector. Report in docs/encodings.md, "Cost".
#include <benchmark/benchmark.h>

#include <boost/locale/encoding.hpp>

#include <string>

#include "newslib/encoding.hpp"

namespace {

constexpr std::size_t article_bytes = 174 * 1024;

std::string repeat_to(const std::string& unit, std::size_t bytes) {
  std::string out;
  out.reserve(bytes + unit.size());
  while (out.size() < bytes) out += unit;
  return out;
}

// Samples are written byte by byte: French in windows-1252 (an accented
// letter every ~25 bytes), Russian in KOI8-R (almost no ASCII), Japanese in
// Shift_JIS, the French in UTF-16LE, and plain UTF-8.
struct sample {
  const char* encoding;
  std::string bytes;
};

sample make(int which) {
  const std::string french =
      "Le ministre a d\xE9""clar\xE9 mardi que la r\xE9""forme serait vot\xE9""e avant l'\xE9t\xE9. "
      "\xAB Nous irons jusqu'au bout \xBB, a-t-il ajout\xE9 devant les d\xE9put\xE9s.\n\n";
  switch (which) {
    case 0: return {"windows-1252", repeat_to(french, article_bytes)};
    case 1:
      return {"KOI8-R", repeat_to("\xF0\xD2\xC9\xD7\xC5\xD4, \xCB\xC1\xCB \xC4\xC5\xCC\xC1? "
                                  "\xFC\xD4\xCF \xCE\xCF\xD7\xCF\xD3\xD4\xD8 \xC4\xCE\xD1. ",
                                  article_bytes)};
    case 2:
      return {"Shift_JIS", repeat_to("\x93\x8C\x8B\x9E\x82\xC5\x89\xEF\x8B\x63\x82\xAA"
                                     "\x8A\x4A\x82\xA9\x82\xEA\x82\xBD\x81\x42 2024 \x94\x4E. ",
                                     article_bytes)};
    case 3: {
      std::string utf16;
      for (char c : repeat_to(french, article_bytes / 2)) {
        utf16 += c;
        utf16 += '\0';
      }
      return {"UTF-16LE", utf16};
    }
    default:
      return {"UTF-8", repeat_to("The council met on Tuesday. Members argued for hours.\n\n",
                                 article_bytes)};
  }
}

void BM_Decode(benchmark::State& state) {
  const sample s = make(static_cast<int>(state.range(0)));
  state.SetLabel(s.encoding);
  for (auto _ : state) {
    newslib::decoded_text t = newslib::decode(s.bytes, s.encoding);
    benchmark::DoNotOptimize(t.text().data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * s.bytes.size()));
}
BENCHMARK(BM_Decode)->DenseRange(0, 4);

void BM_BoostToUtf(benchmark::State& state) {
  const sample s = make(static_cast<int>(state.range(0)));
  state.SetLabel(s.encoding);
  const char* name = state.range(0) == 0 ? "CP1252" : s.encoding;
  for (auto _ : state) {
    std::string t = boost::locale::conv::to_utf<char>(s.bytes, name, boost::locale::conv::stop);
    benchmark::DoNotOptimize(t.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * s.bytes.size()));
}
BENCHMARK(BM_BoostToUtf)->DenseRange(0, 3);

void BM_DetectEncoding(benchmark::State& state) {
  const sample s = make(static_cast<int>(state.range(0)));
  state.SetLabel(s.encoding);
  for (auto _ : state) benchmark::DoNotOptimize(newslib::detect_encoding(s.bytes).name.data());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * s.bytes.size()));
}
BENCHMARK(BM_DetectEncoding)->DenseRange(0, 2);

void BM_SourceOffset(benchmark::State& state) {
  const sample s = make(0);
  const newslib::decoded_text t = newslib::decode(s.bytes, s.encoding);
  state.counters["map_bytes"] = static_cast<double>(t.map().memory_usage());
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(t.source_offset(i));
    i = (i + 7919) % t.text().size();
  }
}
BENCHMARK(BM_SourceOffset);

}  // namespace

BENCHMARK_MAIN();
