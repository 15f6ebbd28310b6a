// UTF-8 validation, repair and decoding: the first thing every input passes through.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newslib/span.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

/// Length of the well-formed UTF-8 sequence starting at `i` (1..4), or 0 if the
/// bytes there are not a well-formed sequence (Unicode Table 3-7).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept;

/// Byte offset of the first ill-formed byte, or `npos` if `s` is valid UTF-8.
std::size_t find_invalid_utf8(std::string_view s) noexcept;

/// Throws `newslib::invalid_utf8` naming the first ill-formed byte offset.
void require_valid_utf8(std::string_view s);

/// Replaces each maximal ill-formed subpart with U+FFFD (the practice Unicode
/// recommends, and Python's errors="replace"), appending the span of every
/// inserted replacement character, in output offsets, to `replaced`.
std::string replace_invalid_utf8(std::string_view s, std::vector<span>& replaced);

/// Decodes the code point at `i` of valid UTF-8 and advances `i` past it.
inline char32_t decode_utf8(std::string_view s, std::size_t& i) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  auto cont = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]) & 0x3Fu; };
  char32_t cp;
  if (b0 < 0xE0) {
    cp = (char32_t(b0 & 0x1F) << 6) | cont(1);
    i += 2;
  } else if (b0 < 0xF0) {
    cp = (char32_t(b0 & 0x0F) << 12) | (char32_t(cont(1)) << 6) | cont(2);
    i += 3;
  } else {
    cp = (char32_t(b0 & 0x07) << 18) | (char32_t(cont(1)) << 12) | (char32_t(cont(2)) << 6) |
         cont(3);
    i += 4;
  }
  return cp;
}

/// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

/// Number of code points in valid UTF-8 (used for byte → code-point offsets).
std::size_t count_code_points(std::string_view s) noexcept;

}  // namespace detail
NEWSLIB_END_NAMESPACE
