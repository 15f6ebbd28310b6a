// Invariant checks shared by the fuzz targets. A failed check aborts, which
// libFuzzer reports as a crash with the input that caused it.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "newslib/span.hpp"

#define NEWSLIB_FUZZ_CHECK(cond)                                                      \
  do {                                                                                \
    if (!(cond)) {                                                                    \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                   \
    }                                                                                 \
  } while (0)

namespace newslib::fuzz {

/// True if `offset` is a code-point boundary of valid UTF-8 `text`.
inline bool on_boundary(std::string_view text, std::size_t offset) {
  if (offset == 0 || offset == text.size()) return true;
  if (offset > text.size()) return false;
  return (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

/// A span that lies inside `text` and starts and ends on code-point boundaries.
inline bool well_formed(std::string_view text, span s) {
  return s.begin <= s.end && s.end <= text.size() && on_boundary(text, s.begin) &&
         on_boundary(text, s.end);
}

inline bool contains(span outer, span inner) {
  return outer.begin <= inner.begin && inner.end <= outer.end;
}

inline bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

inline bool is_ascii_space_only(std::string_view s) {
  for (char c : s)
    if (!is_ascii_space(c)) return false;
  return true;
}

/// Unicode White_Space beyond ASCII, and the byte-order mark: what the
/// tokenizer, the paragraph finder and the sentence splitter skip as space.
inline bool is_unicode_space(char32_t cp) {
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
         cp == 0xFEFF;
}

/// True if valid UTF-8 `s` holds nothing but white space (Unicode White_Space).
inline bool is_space_only(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (!is_ascii_space(s[i])) return false;
      ++i;
      continue;
    }
    const std::size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    if (i + len > s.size()) return false;
    char32_t cp = b & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    if (!is_unicode_space(cp)) return false;
    i += len;
  }
  return true;
}

/// Offset of the first byte that is not part of a well-formed UTF-8 sequence
/// (Unicode Table 3-7), or `text.size()` when all of it is well formed. Written
/// here from the table, independently of the library's validator, so that the
/// two check each other.
inline std::size_t first_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  auto in = [](unsigned char b, unsigned lo, unsigned hi) { return b >= lo && b <= hi; };
  while (i < n) {
    const unsigned char b = at(i);
    std::size_t len = 0;
    unsigned lo = 0x80, hi = 0xBF;  // range of the second byte
    if (b < 0x80) len = 1;
    else if (in(b, 0xC2, 0xDF)) len = 2;
    else if (b == 0xE0) len = 3, lo = 0xA0;
    else if (in(b, 0xE1, 0xEC) || in(b, 0xEE, 0xEF)) len = 3;
    else if (b == 0xED) len = 3, hi = 0x9F;
    else if (b == 0xF0) len = 4, lo = 0x90;
    else if (in(b, 0xF1, 0xF3)) len = 4;
    else if (b == 0xF4) len = 4, hi = 0x8F;
    else return i;
    if (i + len > n) return i;
    if (len >= 2 && !in(at(i + 1), lo, hi)) return i;
    for (std::size_t k = 2; k < len; ++k)
      if (!in(at(i + k), 0x80, 0xBF)) return i;
    i += len;
  }
  return n;
}

inline bool valid_utf8(std::string_view text) { return first_invalid_utf8(text) == text.size(); }

inline std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

inline bool is_finite(double x) { return std::isfinite(x); }

/// Splits fuzz input into a control byte and the rest.
struct fuzz_input {
  unsigned char control = 0;
  std::string_view text;
};
inline fuzz_input take_control(const unsigned char* data, std::size_t size) {
  if (size == 0) return {};
  return {data[0], std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1)};
}

}  // namespace newslib::fuzz
