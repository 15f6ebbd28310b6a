// Decodes arbitrary bytes in one of the supported encodings (picked by the
// control byte) under errors=replace: the text is valid UTF-8, replacements
// are U+FFFD on character boundaries, the offset map is monotone and maps the
// end to the end, strict decoding agrees whenever nothing was replaced, and
// then the bytes before a mapped offset decode to the text before it. With
// replacements that last check does not hold: a bad byte cut off from what
// follows it can group differently (docs/encodings.md, "Offsets").
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "newslib/encoding.hpp"
#include "newslib/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newslib::fuzz;
  static const std::vector<std::string> names = newslib::supported_encodings();
  const auto input = take_control(data, size);
  const std::string& encoding = names[input.control % names.size()];
  const newslib::decoded_text t =
      newslib::decode(input.text, encoding, newslib::utf8_errors::replace);
  const std::string& text = t.text();
  NEWSLIB_FUZZ_CHECK(valid_utf8(text));
  NEWSLIB_FUZZ_CHECK(t.source_offset(text.size()) == input.text.size());
  for (const newslib::span& r : t.replacements()) {
    NEWSLIB_FUZZ_CHECK(well_formed(text, r) && text.substr(r.begin, r.size()) == "\xEF\xBF\xBD");
  }
  std::size_t previous = 0;
  std::size_t checked_prefixes = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (!on_boundary(text, i)) continue;
    const std::size_t at = t.source_offset(i);
    NEWSLIB_FUZZ_CHECK(at >= previous && at <= input.text.size());
    previous = at;
    if (t.replacements().empty() && checked_prefixes < 16 &&
        i % 7 == 0) {
      ++checked_prefixes;
      const std::string_view before = input.text.substr(0, at);
      const newslib::decoded_text head =
          newslib::decode(before, t.encoding(), newslib::utf8_errors::replace);
      NEWSLIB_FUZZ_CHECK(head.text() == text.substr(0, i));
    }
  }
  if (t.replacements().empty()) {
    NEWSLIB_FUZZ_CHECK(newslib::decode(input.text, encoding).text() == text);
  } else {
    try {
      (void)newslib::decode(input.text, encoding);
      NEWSLIB_FUZZ_CHECK(false);  // strict must refuse what replace repaired
    } catch (const newslib::invalid_encoding& e) {
      NEWSLIB_FUZZ_CHECK(e.offset() < input.text.size());
    } catch (const newslib::invalid_utf8& e) {
      NEWSLIB_FUZZ_CHECK(e.offset() < input.text.size());
    }
  }
  return 0;
}
