// Scores two arbitrary texts against each other: scores stay in [0, 1], and
// swapping candidate and reference swaps precision and recall.
#include <cstdint>
#include <string_view>

#include "fuzz_check.hpp"
#include "newslib/rouge.hpp"

namespace {
bool unit_interval(const newslib::rouge_score& s) {
  return s.precision >= 0 && s.precision <= 1 && s.recall >= 0 && s.recall <= 1 && s.f1 >= 0 &&
         s.f1 <= 1;
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
  NEWSLIB_FUZZ_CHECK(ab.rouge1.precision == ba.rouge1.recall);
  NEWSLIB_FUZZ_CHECK(ab.rouge2.precision == ba.rouge2.recall);
  NEWSLIB_FUZZ_CHECK(ab.rougeL.precision == ba.rougeL.recall);
  const auto self = newslib::rouge(a, a, options);
  NEWSLIB_FUZZ_CHECK(self.rouge1.f1 == 0 || self.rouge1.f1 == 1);
  return 0;
}
