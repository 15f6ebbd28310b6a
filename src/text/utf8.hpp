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

/// Length of the UTF-8 sequence that starts with lead byte `b`, trusting the
/// byte (no validation): for text already checked or repaired.
inline std::size_t utf8_lead_length(unsigned char b) noexcept {
  return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

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

/// Start of the code point that ends at byte `i` of valid UTF-8, looking back
/// over at most three continuation bytes and never before `lo`.
inline std::size_t previous_code_point_start(std::string_view s, std::size_t i,
                                             std::size_t lo) noexcept {
  if (i <= lo) return lo;
  --i;
  int steps = 0;
  while (i > lo && steps < 3 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) {
    --i;
    ++steps;
  }
  return i;
}

/// Writes the UTF-8 encoding of `cp` (a scalar value) to `out`, which has room
/// for four bytes; returns the number of bytes written.
inline std::size_t encode_utf8(char32_t cp, char* out) noexcept {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

/// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

/// Number of code points in valid UTF-8 (used for byte → code-point offsets).
std::size_t count_code_points(std::string_view s) noexcept;

}  // namespace detail
NEWSLIB_END_NAMESPACE
