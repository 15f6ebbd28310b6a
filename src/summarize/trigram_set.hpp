// A set of word trigrams for redundancy checks, reused across documents.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "newslib/config.hpp"
#include "summarize/scratch.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

// Three independent products, so the hash costs one multiply's latency rather
// than a chain of three; the high bits, which mix all three words, index the table.
inline std::uint64_t trigram_hash(const std::uint32_t* g) noexcept {
  return (g[0] * 0x9E3779B97F4A7C15ull) ^ (g[1] * 0xC2B2AE3D27D4EB4Full) ^
         (g[2] * 0x165667B19E3779F9ull);
}

/// A set of trigrams (three consecutive 32-bit ids) with open addressing,
/// meant to be kept per thread so that its slots are allocated once. A slot
/// is in use when its stamp equals the current one, so emptying the set for
/// the next document is one increment; a slot holds its key and stamp
/// together, so a probe reads one place. It never fills up: `reset` sizes it
/// for the most trigrams that will be inserted.
class trigram_set {
 public:
  /// Empties the set and makes room for `count` trigrams.
  void reset(std::size_t count) {
    std::size_t size = 16;
    shift_ = 60;
    while (size < 2 * count) {
      size *= 2;
      --shift_;
    }
    if (size > slots_.size()) {
      slots_.assign(size, slot{});
      stamp_ = 0;
    }
    mask_ = size - 1;
    if (++stamp_ == 0) {
      std::fill(slots_.begin(), slots_.end(), slot{});
      stamp_ = 1;
    }
  }

  [[nodiscard]] bool contains(const std::uint32_t* g) const noexcept {
    for (std::size_t i = start(g);; i = (i + 1) & mask_) {
      const slot& s = slots_[i];
      if (s.stamp != stamp_) return false;
      if (s.key[0] == g[0] && s.key[1] == g[1] && s.key[2] == g[2]) return true;
    }
  }

  void insert(const std::uint32_t* g) noexcept {
    for (std::size_t i = start(g);; i = (i + 1) & mask_) {
      slot& s = slots_[i];
      if (s.stamp != stamp_) {
        s = {{g[0], g[1], g[2]}, stamp_};
        return;
      }
      if (s.key[0] == g[0] && s.key[1] == g[1] && s.key[2] == g[2]) return;
    }
  }

  /// Gives the slots back if a huge document made them larger than a
  /// scratch buffer is kept (`scratch_keep_bytes`).
  void trim() noexcept {
    if (slots_.capacity() * sizeof(slot) > scratch_keep_bytes) {
      std::vector<slot>().swap(slots_);
      stamp_ = 0;
    }
  }

 private:
  struct slot {
    std::uint32_t key[3] = {0, 0, 0};
    std::uint32_t stamp = 0;
  };

  [[nodiscard]] std::size_t start(const std::uint32_t* g) const noexcept {
    return static_cast<std::size_t>(trigram_hash(g) >> shift_) & mask_;
  }

  std::vector<slot> slots_;
  std::uint32_t stamp_ = 0;
  std::size_t mask_ = 0;
  unsigned shift_ = 60;
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
