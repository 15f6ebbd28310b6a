// The library's one family of hash functions, for the keys its hash tables
// hold: byte strings of any length, strings of up to sixteen bytes packed into
// two words, and tuples of 32-bit ids. They share their multipliers, and each
// leaves its low bits well mixed, because that is where a linear-probing table
// (util/linear_probe_table.hpp) takes a slot from. Also here: the byte
// comparison that confirms a hash match.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Odd 64-bit multipliers, one per word of a key hashed without a chain.
inline constexpr std::uint64_t hash_multipliers[3] = {0x9E3779B97F4A7C15ull, 0xC2B2AE3D27D4EB4Full,
                                                      0x165667B19E3779F9ull};

/// A fast 64-bit hash of short byte strings (eight bytes per step).
inline std::uint64_t hash_bytes(std::string_view s) noexcept {
  constexpr std::uint64_t k1 = hash_multipliers[0], k2 = hash_multipliers[1];
  std::uint64_t h = k1 ^ (s.size() * k2);
  const char* p = s.data();
  std::size_t n = s.size();
  while (n >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ (w * k2)) * k1;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  if (n > 0) {
    // The last one to seven bytes, read without a variable-length memcpy call:
    // an overlapping 8-byte load when the string is long enough, else 4/2/1.
    std::uint64_t w = 0;
    if (s.size() >= 8) {
      std::memcpy(&w, p + n - 8, 8);
      w >>= 8 * (8 - n);
    } else {
      if (n & 4) {
        std::uint32_t x;
        std::memcpy(&x, p, 4);
        w = x;
        p += 4;
      }
      if (n & 2) {
        std::uint16_t x;
        std::memcpy(&x, p, 2);
        w = (w << 16) | x;
        p += 2;
      }
      if (n & 1) w = (w << 8) | static_cast<unsigned char>(*p);
    }
    h = (h ^ (w * k2)) * k1;
  }
  h ^= h >> 32;
  h *= k2;
  h ^= h >> 29;
  return h;
}

/// Equality of two byte ranges of length `n`, inlined: the strings compared
/// here are mostly a few bytes long, where a library memcmp call costs more
/// than the comparison.
inline bool bytes_equal(const char* a, const char* b, std::size_t n) noexcept {
  if (n >= 8) {
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      std::uint64_t x, y;
      std::memcpy(&x, a + i, 8);
      std::memcpy(&y, b + i, 8);
      if (x != y) return false;
    }
    if (i == n) return true;
    std::uint64_t x, y;  // the last bytes, overlapping the previous word
    std::memcpy(&x, a + n - 8, 8);
    std::memcpy(&y, b + n - 8, 8);
    return x == y;
  }
  if (n >= 4) {
    std::uint32_t x1, y1, x2, y2;
    std::memcpy(&x1, a, 4);
    std::memcpy(&y1, b, 4);
    std::memcpy(&x2, a + n - 4, 4);
    std::memcpy(&y2, b + n - 4, 4);
    return x1 == y1 && x2 == y2;
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

/// Up to sixteen bytes as two zero-padded words: hashed and compared without
/// a loop where strings are short (words, mostly).
struct short_key {
  std::uint64_t word[2];
};

/// short_key_masks[n] keeps the first n bytes of two little-endian words.
constexpr std::array<short_key, 17> make_short_key_masks() {
  std::array<short_key, 17> m{};
  for (std::size_t n = 0; n <= 16; ++n) {
    for (std::size_t i = 0; i < n; ++i) m[n].word[i / 8] |= std::uint64_t{0xFF} << (8 * (i % 8));
  }
  return m;
}
inline constexpr std::array<short_key, 17> short_key_masks = make_short_key_masks();

/// The `n` (<= 16) bytes at `p` as a short_key; `readable`: 16 bytes may be
/// read at `p` (then one load per word, masked).
inline short_key short_key_of(const char* p, std::size_t n, bool readable) noexcept {
  short_key k{};
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (readable) {
    std::memcpy(k.word, p, 16);
    // Keep the first n bytes: the low ones of each little-endian word.
    k.word[0] &= short_key_masks[n].word[0];
    k.word[1] &= short_key_masks[n].word[1];
    return k;
  }
#else
  (void)readable;
#endif
  char buffer[16] = {};
  for (std::size_t i = 0; i < n; ++i) buffer[i] = p[i];
  std::memcpy(k.word, buffer, 16);
  return k;
}

/// A 64-bit hash of a short_key and a small tag.
inline std::uint64_t short_hash(const short_key& k, std::uint64_t tag) noexcept {
  std::uint64_t h = k.word[0] * hash_multipliers[0] + k.word[1] * hash_multipliers[1] + tag;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 32);
}

/// A 64-bit hash of `N` (1 to 3) 32-bit ids, such as a word trigram. The
/// products are independent, so the hash costs one multiply's latency rather
/// than a chain of them; the high half, which mixes every bit of the ids, is
/// folded into the low bits.
template <std::size_t N>
inline std::uint64_t hash_ids(const std::uint32_t* ids) noexcept {
  static_assert(N >= 1 && N <= 3, "one multiplier per id");
  std::uint64_t h = 0;
  for (std::size_t i = 0; i < N; ++i) h ^= ids[i] * hash_multipliers[i];
  return h ^ (h >> 32);
}

/// hash_ids of one id.
inline std::uint64_t hash_id(std::uint32_t id) noexcept { return hash_ids<1>(&id); }

}  // namespace detail
NEWSLIB_END_NAMESPACE
