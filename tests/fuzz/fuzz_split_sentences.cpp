// Splits arbitrary valid UTF-8 into sentences and checks the spans.
#include <cstdint>

#include "fuzz_check.hpp"
#include "newslib/error.hpp"
#include "newslib/segment.hpp"

namespace {
const char* const kLanguages[] = {"en", "de", "es", "ru", "ja", "ar", "hy", "xx"};
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newslib::fuzz;
  const auto input = take_control(data, size);
  std::vector<newslib::span> spans;
  try {
    spans = newslib::split_sentences(input.text, kLanguages[input.control % 8]);
  } catch (const newslib::invalid_utf8& e) {
    NEWSLIB_FUZZ_CHECK(e.offset() < input.text.size());
    return 0;
  }
  std::size_t previous_end = 0;
  for (const auto& s : spans) {
    NEWSLIB_FUZZ_CHECK(well_formed(input.text, s));
    NEWSLIB_FUZZ_CHECK(!s.empty());
    NEWSLIB_FUZZ_CHECK(s.begin >= previous_end);
    NEWSLIB_FUZZ_CHECK(is_space_only(input.text.substr(previous_end, s.begin - previous_end)));
    previous_end = s.end;
    // Trimmed: no leading or trailing ASCII whitespace.
    NEWSLIB_FUZZ_CHECK(!is_space_only(input.text.substr(s.begin, 1)));
    NEWSLIB_FUZZ_CHECK(!is_space_only(input.text.substr(s.end - 1, 1)));
  }
  NEWSLIB_FUZZ_CHECK(is_space_only(input.text.substr(previous_end)));
  // Deterministic.
  NEWSLIB_FUZZ_CHECK(newslib::split_sentences(input.text, kLanguages[input.control % 8]) == spans);
  return 0;
}
