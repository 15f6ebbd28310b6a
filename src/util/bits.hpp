// Bit scans and the prefetch hint: every compiler builtin the library uses,
// with a GCC/Clang path and an MSVC path, so that no other file needs one.
#pragma once

#include <cstdint>

#if defined(_MSC_VER) && !defined(__clang__)
#include <intrin.h>
#if defined(_M_X64) || defined(_M_IX86)
#include <xmmintrin.h>
#endif
#endif

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Index of the lowest set bit; `x` must not be 0.
inline unsigned lowest_bit(std::uint32_t x) noexcept {
#if defined(_MSC_VER) && !defined(__clang__)
  unsigned long i;
  _BitScanForward(&i, x);
  return static_cast<unsigned>(i);
#else
  return static_cast<unsigned>(__builtin_ctz(x));
#endif
}

/// Index of the lowest set bit; `x` must not be 0.
inline unsigned lowest_bit(std::uint64_t x) noexcept {
#if defined(_MSC_VER) && !defined(__clang__)
#if defined(_M_X64) || defined(_M_ARM64)
  unsigned long i;
  _BitScanForward64(&i, x);
  return static_cast<unsigned>(i);
#else
  const auto low = static_cast<std::uint32_t>(x);
  return low != 0 ? lowest_bit(low) : 32 + lowest_bit(static_cast<std::uint32_t>(x >> 32));
#endif
#else
  return static_cast<unsigned>(__builtin_ctzll(x));
#endif
}

/// Index of the highest set bit; `x` must not be 0.
inline unsigned highest_bit(std::uint32_t x) noexcept {
#if defined(_MSC_VER) && !defined(__clang__)
  unsigned long i;
  _BitScanReverse(&i, x);
  return static_cast<unsigned>(i);
#else
  return 31 - static_cast<unsigned>(__builtin_clz(x));
#endif
}

/// Asks for the cache line at `address` ahead of its use; only a hint.
inline void prefetch(const void* address) noexcept {
#if defined(_MSC_VER) && !defined(__clang__)
#if defined(_M_X64) || defined(_M_IX86)
  _mm_prefetch(static_cast<const char*>(address), _MM_HINT_T0);
#else
  (void)address;
#endif
#else
  __builtin_prefetch(address);
#endif
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
