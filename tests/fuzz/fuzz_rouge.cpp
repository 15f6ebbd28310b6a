// Scores two arbitrary texts against each other: scores stay in [0, 1],
// swapping candidate and reference swaps precision and recall and keeps F1,
// and a text scored against itself scores 0 (no tokens) or 1.
#include <cstdint>
#include <string_view>

#include "fuzz_check.hpp"
#include "newslib/rouge.hpp"

namespace {
bool unit_interval(const newslib::rouge_score& s) {
  return s.precision >= 0 && s.precision <= 1 && s.recall >= 0 && s.recall <= 1 && s.f1 >= 0 &&
         s.f1 <= 1;
}
bool mirrored(const newslib::rouge_score& x, const newslib::rouge_score& y) {
  return x.precision == y.recall && x.recall == y.precision && x.f1 == y.f1;
}
bool zero_or_one(const newslib::rouge_score& s) {
  return (s.precision == 0 && s.recall == 0 && s.f1 == 0) ||
         (s.precision == 1 && s.recall == 1 && s.f1 == 1);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newslib::fuzz;
  const auto input = take_control(data, size);
  const std::size_t cut = input.text.empty() ? 0 : input.control % (input.text.size() + 1);
  const std::string_view a = input.text.substr(0, cut), b = input.text.substr(cut);
  newslib::rouge_options options;
  options.stemmer = (input.control & 1) != 0;
  const auto ab = newslib::rouge(a, b, options);
  const auto ba = newslib::rouge(b, a, options);
  for (const auto* s : {&ab.rouge1, &ab.rouge2, &ab.rougeL, &ab.rougeLsum})
    NEWSLIB_FUZZ_CHECK(unit_interval(*s));
  NEWSLIB_FUZZ_CHECK(mirrored(ab.rouge1, ba.rouge1));
  NEWSLIB_FUZZ_CHECK(mirrored(ab.rouge2, ba.rouge2));
  NEWSLIB_FUZZ_CHECK(mirrored(ab.rougeL, ba.rougeL));
  // A bigram match needs a unigram match; an LCS of length k needs k matches.
  if (ab.rouge1.f1 == 0) NEWSLIB_FUZZ_CHECK(ab.rouge2.f1 == 0 && ab.rougeL.f1 == 0);
  NEWSLIB_FUZZ_CHECK(ab.rougeL.precision <= ab.rouge1.precision);
  NEWSLIB_FUZZ_CHECK(ab.rougeL.recall <= ab.rouge1.recall);
  const auto self = newslib::rouge(a, a, options);
  NEWSLIB_FUZZ_CHECK(zero_or_one(self.rouge1));
  NEWSLIB_FUZZ_CHECK(zero_or_one(self.rouge2));
  NEWSLIB_FUZZ_CHECK(zero_or_one(self.rougeL));
  NEWSLIB_FUZZ_CHECK(self.rougeL.f1 == self.rouge1.f1);
  // Deterministic.
  const auto again = newslib::rouge(a, b, options);
  NEWSLIB_FUZZ_CHECK(again.rougeLsum.f1 == ab.rougeLsum.f1 && again.rouge2.f1 == ab.rouge2.f1);
  return 0;
}
