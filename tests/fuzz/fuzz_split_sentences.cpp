// Splits arbitrary bytes into sentences and checks the spans: valid text never
// throws, invalid text throws naming its first bad byte, and the spans tile
// the text with nothing but whitespace between them.
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
  const char* language = kLanguages[input.control % 8];
  const std::size_t bad = first_invalid_utf8(input.text);
  std::vector<newslib::span> spans;
  try {
    spans = newslib::split_sentences(input.text, language);
  } catch (const newslib::invalid_utf8& e) {
    NEWSLIB_FUZZ_CHECK(e.offset() == bad);
    return 0;
  }
  NEWSLIB_FUZZ_CHECK(bad == input.text.size());
  std::size_t previous_end = 0;
  for (const auto& s : spans) {
    NEWSLIB_FUZZ_CHECK(well_formed(input.text, s));
    NEWSLIB_FUZZ_CHECK(!s.empty());
    NEWSLIB_FUZZ_CHECK(s.begin >= previous_end);
    NEWSLIB_FUZZ_CHECK(is_space_only(input.text.substr(previous_end, s.begin - previous_end)));
    previous_end = s.end;
    // Trimmed: no leading or trailing ASCII whitespace.
    NEWSLIB_FUZZ_CHECK(!is_ascii_space(input.text[s.begin]));
    NEWSLIB_FUZZ_CHECK(!is_ascii_space(input.text[s.end - 1]));
  }
  NEWSLIB_FUZZ_CHECK(is_space_only(input.text.substr(previous_end)));
  // Text that is not all whitespace has at least one sentence.
  if (!is_space_only(input.text)) NEWSLIB_FUZZ_CHECK(!spans.empty());
  if (is_ascii_space_only(input.text)) NEWSLIB_FUZZ_CHECK(spans.empty());
  // Deterministic.
  NEWSLIB_FUZZ_CHECK(newslib::split_sentences(input.text, language) == spans);
  return 0;
}
