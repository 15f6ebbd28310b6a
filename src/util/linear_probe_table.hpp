// The library's one open-addressing hash table: a power-of-two array of
// slots searched by linear probing. The hash tables on newslib's own paths
// (term lexicons, string indexes, stopword and calendar tables, trigram sets,
// large stem ids) are all this one with a slot type of their own, so that
// probing, growth and sizing are written and tested once
// (tests/unit/linear_probe_table_test.cpp).
//
// The table knows nothing about keys. A caller hashes its key (util/hash.hpp),
// and passes a predicate that recognises the slot holding it; the slot type
// says which slots are empty and under which hash a stored slot was inserted,
// so that the table can grow without asking again. That lets a slot hold
// whatever its table needs in as few bytes as it needs (a 32-bit hash and an
// id; a whole 16-byte word with its term), and lets a lookup compare whatever
// is cheapest first.
#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>
#include <vector>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

template <class Slots, class = void>
struct slot_stamp_of {
  using type = void;
};
template <class Slots>
struct slot_stamp_of<Slots, std::void_t<typename Slots::stamp>> {
  using type = typename Slots::stamp;
};

template <class Slots, class = void>
struct slot_match_first : std::false_type {};
template <class Slots>
struct slot_match_first<Slots, std::void_t<decltype(Slots::match_first)>>
    : std::bool_constant<Slots::match_first> {};

/// A linear-probing hash table of `Slots::slot`. `Slots` is a small policy:
///
///     struct Slots {
///       using slot = ...;                              // what the table holds
///       static bool empty(const slot&);                // a value-initialised slot is empty
///       static std::uint64_t hash(const slot&);        // its hash, for growth
///       using stamp = std::uint32_t;                   // optional, see below
///       static constexpr bool match_first = true;      // optional, see below
///     };
///
/// With a `stamp` type, the table keeps a stamp beside each slot and a slot is
/// in use only if its stamp is the table's current one: emptying the table is
/// then one increment instead of a pass over the array, which is what tables
/// refilled for every document want (`empty` is not needed then). When the
/// stamps wrap, every stamp is cleared once.
///
/// A probe asks whether a slot is empty before it asks the caller's `match`,
/// so that `match` only ever sees slots in use. With `match_first`, `match`
/// is asked first instead, which saves a test where lookups mostly hit their
/// first slot; `match` must then be safe and cheap on an empty slot too (the
/// result is the same: an empty slot ends the probe either way).
///
/// The table is never more than three quarters full: `insert` doubles it
/// first when it would be. Its capacity is a power of two, at least
/// `min_capacity`.
template <class Slots>
class linear_probe_table {
 public:
  using slot = typename Slots::slot;
  using stamp_type = typename slot_stamp_of<Slots>::type;
  static constexpr bool stamped = !std::is_void_v<stamp_type>;
  static constexpr bool match_first = slot_match_first<Slots>::value;
  static constexpr std::size_t min_capacity = 16;

  /// An empty table sized for `expected` slots in use.
  explicit linear_probe_table(std::size_t expected = 0) { allocate(capacity_for(expected)); }

  /// The smallest capacity that holds `expected` slots within the load limit.
  static std::size_t capacity_for(std::size_t expected) noexcept {
    std::size_t capacity = min_capacity;
    while (capacity * 3 < expected * 4) capacity *= 2;
    return capacity;
  }

  /// The slot under `hash` that `match` accepts, or null. `match` is called
  /// in probe order, on slots in use (and empty ones with `match_first`).
  template <class Match>
  [[nodiscard]] const slot* find(std::uint64_t hash, Match&& match) const {
    const entry& e = probe(hash, match);
    return is_free(e) ? nullptr : &value_of(e);
  }
  template <class Match>
  [[nodiscard]] slot* find(std::uint64_t hash, Match&& match) {
    return const_cast<slot*>(std::as_const(*this).find(hash, match));
  }

  /// Stores `value` under `hash` and returns where it went; the caller knows
  /// that no slot under `hash` matches it. May grow the table, which moves
  /// every slot.
  slot& insert(std::uint64_t hash, slot value) {
    if (full()) grow();
    entry& e = probe(hash, [](const slot&) { return false; });
    put(e, std::move(value));
    ++size_;
    return value_of(e);
  }

  /// The slot under `hash` that `match` accepts, or `value` stored there if
  /// none does; `second` says whether it was stored. One probe either way.
  template <class Match>
  std::pair<slot*, bool> find_or_insert(std::uint64_t hash, Match&& match, slot value) {
    if (full()) grow();
    entry& e = probe(hash, match);
    if (!is_free(e)) return {&value_of(e), false};
    put(e, std::move(value));
    ++size_;
    return {&value_of(e), true};
  }

  /// Where a probe for `hash` starts, to prefetch it before the lookup.
  [[nodiscard]] const slot* home(std::uint64_t hash) const noexcept {
    return &value_of(entries_[hash & mask_]);
  }

  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] std::size_t capacity() const noexcept { return mask_ + 1; }
  /// Bytes of the slot array (which may exceed capacity() slots, see reset).
  [[nodiscard]] std::size_t memory_bytes() const noexcept {
    return entries_.capacity() * sizeof(entry);
  }

  /// Calls `f(slot&)` on every slot in use, in the order of the array.
  template <class F>
  void for_each(F&& f) const {
    for (std::size_t i = 0; i <= mask_; ++i) {
      if (!is_free(entries_[i])) f(value_of(entries_[i]));
    }
  }
  template <class F>
  void for_each(F&& f) {
    std::as_const(*this).for_each([&](const slot& s) { f(const_cast<slot&>(s)); });
  }

  /// Empties the table and sizes it for `expected` slots in use. The slot
  /// array is kept if it is large enough, so a stamped table is emptied in
  /// constant time however large it once grew; `trim` gives memory back.
  void reset(std::size_t expected) {
    const std::size_t capacity = capacity_for(expected);
    if (capacity > entries_.size()) {
      allocate(capacity);
      return;
    }
    mask_ = capacity - 1;
    size_ = 0;
    if constexpr (stamped) {
      next_stamp();
    } else {
      for (std::size_t i = 0; i < capacity; ++i) entries_[i] = entry{};
    }
  }

  /// If the slot array takes more than `max_bytes`, empties the table and
  /// gives the array back for one of the smallest capacity: for tables kept
  /// between inputs, after a huge one.
  void trim(std::size_t max_bytes) {
    if (memory_bytes() > max_bytes) allocate(min_capacity);
  }

 private:
  struct stamped_entry {
    slot value;
    std::conditional_t<stamped, stamp_type, unsigned char> stamp;
  };
  using entry = std::conditional_t<stamped, stamped_entry, slot>;

  [[nodiscard]] static const slot& value_of(const entry& e) noexcept {
    if constexpr (stamped) {
      return e.value;
    } else {
      return e;
    }
  }
  [[nodiscard]] static slot& value_of(entry& e) noexcept {
    return const_cast<slot&>(value_of(std::as_const(e)));
  }

  [[nodiscard]] bool is_free(const entry& e) const noexcept {
    if constexpr (stamped) {
      return e.stamp != stamp_;
    } else {
      return Slots::empty(e);
    }
  }

  void put(entry& e, slot&& value) {
    if constexpr (stamped) {
      e = entry{std::move(value), stamp_};  // whole: one store where it fits
    } else {
      e = std::move(value);
    }
  }

  // The one probe loop: the first entry from `hash` on that is free or holds
  // a slot `match` accepts. The table always has a free entry, so it ends.
  template <class Match>
  [[nodiscard]] entry& probe(std::uint64_t hash, Match&& match) const {
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const entry& e = entries_[i];
      if constexpr (match_first) {
        if (match(value_of(e)) || is_free(e)) return const_cast<entry&>(e);
      } else {
        if (is_free(e) || match(value_of(e))) return const_cast<entry&>(e);
      }
    }
  }

  [[nodiscard]] bool full() const noexcept { return (size_ + 1) * 4 > capacity() * 3; }

  // A fresh array of `capacity` free entries.
  void allocate(std::size_t capacity) {
    std::vector<entry>(capacity, entry{}).swap(entries_);
    mask_ = capacity - 1;
    size_ = 0;
    if constexpr (stamped) {
      // Fresh entries have stamp 0, which is never the current one.
      if (stamp_ == 0) stamp_ = 1;
    }
  }

  void next_stamp() {
    if constexpr (stamped) {
      if (++stamp_ == 0) {
        // The stamps wrapped: forget every old one, in the whole array.
        for (entry& e : entries_) e.stamp = 0;
        stamp_ = 1;
      }
    }
  }

  // Twice the capacity, every slot moved to its place from its own hash.
  // The new array is made first: if that throws, the table is as it was.
  void grow() {
    const std::size_t old_capacity = capacity();
    std::vector<entry> old(old_capacity * 2, entry{});
    old.swap(entries_);
    mask_ = 2 * old_capacity - 1;
    for (std::size_t i = 0; i < old_capacity; ++i) {
      entry& e = old[i];
      if (is_free(e)) continue;
      slot& s = value_of(e);
      put(probe(Slots::hash(s), [](const slot&) { return false; }), std::move(s));
    }
  }

  std::vector<entry> entries_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
  std::conditional_t<stamped, stamp_type, unsigned char> stamp_ = 0;
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
