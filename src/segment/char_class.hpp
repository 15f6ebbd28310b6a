// Character classes the sentence splitter needs, with an ASCII fast path.
#pragma once

#include <unicode/uchar.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "newslib/config.hpp"
#include "unicode/utf8.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail::segment {

enum class char_kind : std::uint8_t { other, space, upper, lower, uncased, digit };

inline char_kind classify(char32_t c) noexcept {
  if (c < 0x80) {
    if (c >= 'a' && c <= 'z') return char_kind::lower;
    if (c >= 'A' && c <= 'Z') return char_kind::upper;
    if (c >= '0' && c <= '9') return char_kind::digit;
    if (c == ' ' || (c >= '\t' && c <= '\r')) return char_kind::space;
    return char_kind::other;
  }
  const auto u = static_cast<UChar32>(c);
  if (c == 0x85 || c == 0xA0 || c == 0xFEFF || u_isUWhiteSpace(u)) return char_kind::space;
  if (u_isupper(u) || u_istitle(u)) return char_kind::upper;
  if (u_islower(u)) return char_kind::lower;
  if (u_isdigit(u)) return char_kind::digit;
  if (u_isalpha(u)) return char_kind::uncased;
  // Combining marks (Devanagari vowel signs, Burmese medials) belong to their letter.
  const auto cat = u_charType(u);
  if (cat == U_NON_SPACING_MARK || cat == U_COMBINING_SPACING_MARK) return char_kind::uncased;
  return char_kind::other;
}

inline bool is_letter(char_kind k) noexcept {
  return k == char_kind::upper || k == char_kind::lower || k == char_kind::uncased;
}

/// Invisible formatting characters (bidi embeddings, joiners) that the splitter
/// looks through.
inline bool is_format(char32_t c) noexcept {
  return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0xAD;
}

/// Code point at `i` of valid UTF-8 (no bounds check beyond `s`).
inline char32_t code_point_at(std::string_view s, std::size_t i) noexcept {
  return decode_utf8(s, i);
}

/// Byte length of the UTF-8 sequence that starts with lead byte `b`.
inline std::size_t sequence_length(unsigned char b) noexcept {
  return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

/// Start of the code point before `i` (never before `lo`).
inline std::size_t previous_start(std::string_view s, std::size_t i, std::size_t lo) noexcept {
  if (i <= lo) return lo;
  --i;
  int steps = 0;
  while (i > lo && steps < 3 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) {
    --i;
    ++steps;
  }
  return i;
}

}  // namespace detail::segment
NEWSLIB_END_NAMESPACE
