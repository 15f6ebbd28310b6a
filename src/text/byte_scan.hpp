// Every byte scanner that reads sixteen bytes at a time (SSE2, with a plain
// loop elsewhere): line ends for the scanners that only need the lines of a
// text, runs of ASCII letters (most words), the bytes the sentence splitter
// must look at, and lowercasing a run of ASCII letters.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "newslib/config.hpp"
#include "util/bits.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
    if (m != 0) return end - 16 + 1 + highest_bit(static_cast<std::uint32_t>(m));
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
      const std::size_t e = i + lowest_bit(static_cast<std::uint32_t>(others));
      return e < end ? e : end;
    }
    i += 16;
    if (i >= end) return end;
  }
#endif
  while (i < end && is_ascii_letter(static_cast<unsigned char>(text[i]))) ++i;
  return i;
}

/// The bytes the sentence splitter must look at: line breaks (0x0A-0x0D),
/// ! " ( ) . : ; ? [ ] { } and UTF-8 lead bytes from 0xC2 up (which may start
/// non-ASCII punctuation or spaces). Every other byte is skipped.
constexpr std::array<bool, 256> make_sentence_bytes() {
  std::array<bool, 256> t{};
  for (unsigned char c : {'\n', '\r', '\v', '\f', '.', '!', '?', ';', ':', '(', ')', '[', ']',
                          '{', '}', '"'})
    t[c] = true;
  for (int c = 0xC2; c < 0x100; ++c) t[static_cast<std::size_t>(c)] = true;
  return t;
}
inline constexpr std::array<bool, 256> sentence_bytes = make_sentence_bytes();

/// The first byte of s[i, end) that `sentence_bytes` marks, or `end`.
inline std::size_t find_sentence_byte(std::string_view s, std::size_t i,
                                      std::size_t end) noexcept {
#if defined(__SSE2__)
  const char* p = s.data();
  const auto in_range = [](__m128i v, char low, char count) {
    const __m128i d = _mm_sub_epi8(v, _mm_set1_epi8(low));  // below `count`, unsigned
    return _mm_cmpeq_epi8(_mm_subs_epu8(d, _mm_set1_epi8(static_cast<char>(count - 1))),
                          _mm_setzero_si128());
  };
  const auto equal = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
  for (; i + 16 <= end; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    __m128i m = _mm_or_si128(in_range(v, '\n', 4), in_range(v, '!', 2));
    m = _mm_or_si128(m, in_range(v, '(', 2));
    m = _mm_or_si128(m, in_range(v, ':', 2));
    m = _mm_or_si128(m, _mm_or_si128(equal(v, '.'), equal(v, '?')));
    m = _mm_or_si128(m, _mm_or_si128(equal(v, '['), equal(v, ']')));
    m = _mm_or_si128(m, _mm_or_si128(equal(v, '{'), equal(v, '}')));
    m = _mm_or_si128(m, _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(static_cast<char>(0xC2))), v));
    const int bits = _mm_movemask_epi8(m);
    if (bits != 0) return i + lowest_bit(static_cast<std::uint32_t>(bits));
  }
#endif
  while (i < end && !sentence_bytes[static_cast<unsigned char>(s[i])]) ++i;
  return i;
}

/// Writes text[i, i + n) with every byte ORed with 0x20 to `out`: ASCII
/// letters come out in lower case. Needs n <= 16; if 16 bytes can be read
/// from `i`, it writes all 16, and those past `n` are garbage for the caller
/// to ignore (`out` must have room for them).
inline void lowercase_ascii_letters(std::string_view text, std::size_t i, std::size_t n,
                                    char* out) noexcept {
#if defined(__SSE2__)
  if (n <= 16 && i + 16 <= text.size()) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_or_si128(v, _mm_set1_epi8(0x20)));
    return;
  }
#endif
  for (std::size_t k = 0; k < n; ++k) out[k] = static_cast<char>(text[i + k] | 0x20);
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
