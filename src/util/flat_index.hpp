// A small open-addressing hash index from byte strings to dense ids. The
// strings themselves live with the caller (a document's text, its terms), so
// the index holds only a hash and an id per slot and never dangles when the
// caller's vectors grow.
#pragma once

#include <cstddef>
#include <cstdint>

#include "newslib/config.hpp"
#include "util/hash.hpp"
#include "util/linear_probe_table.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

class flat_index {
 public:
  static constexpr std::uint32_t none = UINT32_MAX;

  explicit flat_index(std::size_t expected = 64) : table_(expected) {}

  /// The id whose string `equal(id)` accepts among those stored with `hash`, or `none`.
  template <class Equal>
  [[nodiscard]] std::uint32_t find(std::uint64_t hash, Equal&& equal) const {
    const auto h = static_cast<std::uint32_t>(hash);
    const slot* s = table_.find(h, [&](const slot& x) { return x.hash == h && equal(x.id); });
    return s == nullptr ? none : s->id;
  }

  /// Adds `id` under `hash`; the caller has checked that it is absent.
  void insert(std::uint64_t hash, std::uint32_t id) {
    const auto h = static_cast<std::uint32_t>(hash);
    table_.insert(h, slot{h, id});
  }

  [[nodiscard]] std::size_t size() const noexcept { return table_.size(); }

  /// Empties the index, sized for `expected` ids, in a fresh array (giving
  /// back the memory of a much larger table).
  void reset(std::size_t expected) { table_ = table_type(expected); }

 private:
  // The low half of the string's hash, kept to rehash on growth and to skip
  // most strings without comparing them.
  struct slot {
    std::uint32_t hash = 0;
    std::uint32_t id = none;
  };
  struct slots {
    using slot = flat_index::slot;
    static bool empty(const slot& s) noexcept { return s.id == none; }
    static std::uint64_t hash(const slot& s) noexcept { return s.hash; }
  };
  using table_type = linear_probe_table<slots>;

  table_type table_;
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
