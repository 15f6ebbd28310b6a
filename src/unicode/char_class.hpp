// Character classes for the tokenizer, paragraph finder and language guesser.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// The classes the scanners care about. Letters of scripts written without
/// spaces between words in the Han tradition (ideographs) get a class of their
/// own because each one is a word by itself.
enum class char_class : std::uint8_t {
  space,         // Unicode White_Space, and U+FEFF (byte-order mark)
  letter,        // L* (except ideographs)
  ideograph,     // Ideographic property: one character, one word
  digit,         // N* (Nd, Nl, No)
  mark,          // M*: stays with the character before it
  joiner,        // U+00AD, U+200C, U+200D, U+2060: inside words, invisible
  punctuation,   // P*
  symbol,        // S* (not pictographic)
  pictographic,  // Extended_Pictographic (emoji): ZWJ sequences stay whole
  regional,      // regional indicators: pairs form flags
  modifier,      // emoji skin-tone modifiers U+1F3FB..U+1F3FF
  other,         // controls, other format characters, private use, unassigned
};

/// Class of every ASCII byte.
extern const std::array<char_class, 128> ascii_classes;

/// Class of a non-ASCII code point (ICU character properties).
char_class classify_code_point(char32_t cp) noexcept;

/// Class of any code point.
inline char_class classify(char32_t cp) noexcept {
  return cp < 0x80 ? ascii_classes[cp] : classify_code_point(cp);
}

/// Length of the (valid) UTF-8 sequence that starts with lead byte `b`.
inline std::size_t utf8_length(unsigned char b) noexcept {
  return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

/// True for the code points that end a line: LF, VT, FF, CR, NEL, U+2028, U+2029.
inline bool is_line_break(char32_t cp) noexcept {
  return (cp >= 0x0A && cp <= 0x0D) || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
