// A small open-addressing hash index from byte strings to dense ids. The
// strings themselves live with the caller (a document's text, its terms), so
// the index holds only a hash and an id per slot and never dangles when the
// caller's vectors grow.
#pragma once

#include <cstdint>
#include <vector>

#include "newslib/config.hpp"
#include "util/hash.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

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
