// Scanning runs of bytes sixteen bytes at a time: line ends for the scanners
// that only need the lines of a text, and runs of ASCII letters (most words).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "bits.hpp"
#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Offset of the first '\n' or '\r' in s[pos, end), or `end` if there is none.
inline std::size_t find_cr_or_lf(std::string_view s, std::size_t pos, std::size_t end) noexcept {
  const char* p = s.data();
#if defined(__SSE2__)
  const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
  for (; pos + 16 <= end; pos += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + pos));
    const int m = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
    if (m != 0) return pos + lowest_bit(static_cast<std::uint32_t>(m));
  }
#endif
  for (; pos < end; ++pos) {
    if (p[pos] == '\n' || p[pos] == '\r') return pos;
  }
  return end;
}

/// Offset just past the last '\n' or '\r' in s[begin, end), or `begin` if there is none.
inline std::size_t find_cr_or_lf_back(std::string_view s, std::size_t begin,
                                      std::size_t end) noexcept {
  const char* p = s.data();
#if defined(__SSE2__)
  const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
  for (; end >= begin + 16; end -= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + end - 16));
    const int m = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
    if (m != 0) return end - 16 + highest_bit(static_cast<std::uint32_t>(m)) + 1;
  }
#endif
  for (; end > begin; --end) {
    if (p[end - 1] == '\n' || p[end - 1] == '\r') return end;
  }
  return begin;
}

/// True for A-Z and a-z.
inline bool is_ascii_letter(unsigned char c) noexcept {
  return static_cast<unsigned char>((c | 0x20) - 'a') < 26;
}

/// Where the run of ASCII letters from `i` stops (at most `end`). Reads up to
/// sixteen bytes at a time, never past the end of `text`.
inline std::size_t ascii_letters_end(std::string_view text, std::size_t i,
                                     std::size_t end) noexcept {
#if defined(__SSE2__)
  const char* p = text.data();
  while (i + 16 <= text.size()) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // (c | 0x20) - 'a' below 26, compared as signed bytes offset by 0x80.
    const __m128i folded = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    const __m128i letters = _mm_cmplt_epi8(_mm_xor_si128(folded, _mm_set1_epi8(-128)),
                                           _mm_set1_epi8(static_cast<char>(26 - 128)));
    const unsigned others = ~static_cast<unsigned>(_mm_movemask_epi8(letters)) & 0xFFFFu;
    if (others != 0) {
      const std::size_t e = i + lowest_bit(std::uint32_t{others});
      return e < end ? e : end;
    }
    i += 16;
    if (i >= end) return end;
  }
#endif
  while (i < end && is_ascii_letter(static_cast<unsigned char>(text[i]))) ++i;
  return i;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
