// A small open-addressing hash index from byte strings to dense ids. The
// strings themselves live with the caller (a document's text, its terms), so
// the index holds only a hash and an id per slot and never dangles when the
// caller's vectors grow.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// A fast 64-bit hash of short byte strings (eight bytes per step).
inline std::uint64_t hash_bytes(std::string_view s) noexcept {
  constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15ull, k2 = 0xC2B2AE3D27D4EB4Full;
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
  std::uint64_t h = k.word[0] * 0x9E3779B97F4A7C15ull + k.word[1] * 0xC2B2AE3D27D4EB4Full + tag;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 32);
}

class flat_index {
 public:
  static constexpr std::uint32_t none = UINT32_MAX;

  explicit flat_index(std::size_t expected = 64) { reset(expected); }

  /// The id whose string `equal(id)` accepts among those stored with `hash`, or `none`.
  template <class Equal>
  [[nodiscard]] std::uint32_t find(std::uint64_t hash, Equal&& equal) const {
    const auto h = static_cast<std::uint32_t>(hash);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const slot& s = slots_[i];
      if (s.id == none) return none;
      if (s.hash == h && equal(s.id)) return s.id;
    }
  }

  /// Adds `id` under `hash`; the caller has checked that it is absent.
  void insert(std::uint64_t hash, std::uint32_t id) {
    if ((size_ + 1) * 4 > slots_.size() * 3) grow();
    place(static_cast<std::uint32_t>(hash), id);
    ++size_;
  }

  [[nodiscard]] std::size_t size() const noexcept { return size_; }

  /// Empties the index, sized for `expected` ids (giving back the memory of
  /// a much larger table).
  void reset(std::size_t expected) {
    std::size_t cap = 16;
    while (cap * 3 < expected * 4) cap *= 2;
    if (slots_.capacity() > 4 * cap) std::vector<slot>().swap(slots_);
    slots_.assign(cap, slot{});
    mask_ = cap - 1;
    size_ = 0;
  }

 private:
  struct slot {
    std::uint32_t hash = 0;
    std::uint32_t id = none;
  };

  void place(std::uint32_t h, std::uint32_t id) {
    std::size_t i = h & mask_;
    while (slots_[i].id != none) i = (i + 1) & mask_;
    slots_[i] = slot{h, id};
  }

  void grow() {
    std::vector<slot> old;
    old.swap(slots_);
    slots_.assign(old.size() * 2, slot{});
    mask_ = slots_.size() - 1;
    for (const slot& s : old) {
      if (s.id != none) place(s.hash, s.id);
    }
  }

  std::vector<slot> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
