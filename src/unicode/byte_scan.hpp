// Finding line feeds and carriage returns sixteen bytes at a time: the
// scanners that only need the lines of a text skip their contents this way.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newslib::detail {

/// Offset of the first '\n' or '\r' in s[pos, end), or `end` if there is none.
inline std::size_t find_cr_or_lf(std::string_view s, std::size_t pos, std::size_t end) noexcept {
  const char* p = s.data();
#if defined(__SSE2__)
  const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
  for (; pos + 16 <= end; pos += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + pos));
    const int m = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
    if (m != 0) return pos + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(m)));
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
    if (m != 0) return end - 16 + 32 - static_cast<std::size_t>(__builtin_clz(static_cast<unsigned>(m)));
  }
#endif
  for (; end > begin; --end) {
    if (p[end - 1] == '\n' || p[end - 1] == '\r') return end;
  }
  return begin;
}

}  // namespace newslib::detail
