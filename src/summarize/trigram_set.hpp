// A set of word trigrams for redundancy checks, reused across documents.
#pragma once

#include <cstddef>
#include <cstdint>

#include "newslib/config.hpp"
#include "summarize/scratch.hpp"
#include "util/hash.hpp"
#include "util/linear_probe_table.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// A set of trigrams (three consecutive 32-bit ids), meant to be kept per
/// thread so that its slots are allocated once. Its table is stamped, so
/// emptying the set for the next document is one increment, and a slot holds
/// its key and stamp together, so a probe reads one place. `reset` sizes it
/// for the most trigrams that will be inserted.
class trigram_set {
 public:
  /// Empties the set and makes room for `count` trigrams, in a table at most
  /// half full: lookups mostly miss, and a miss runs on to a free slot.
  void reset(std::size_t count) { table_.reset(count + count / 2); }

  [[nodiscard]] bool contains(const std::uint32_t* g) const noexcept {
    return table_.find(hash_ids<3>(g), same_as{g}) != nullptr;
  }

  void insert(const std::uint32_t* g) {
    table_.find_or_insert(hash_ids<3>(g), same_as{g}, slot{{g[0], g[1], g[2]}});
  }

  /// Gives the slots back if a huge document made them larger than a
  /// scratch buffer is kept (`scratch_keep_bytes`).
  void trim() { table_.trim(scratch_keep_bytes); }

 private:
  struct slot {
    std::uint32_t key[3];
  };
  struct slots {
    using slot = trigram_set::slot;
    using stamp = std::uint32_t;
    static std::uint64_t hash(const slot& s) noexcept { return hash_ids<3>(s.key); }
  };

  // Accepts the slot that holds trigram `g`.
  struct same_as {
    const std::uint32_t* g;
    bool operator()(const slot& s) const noexcept {
      return s.key[0] == g[0] && s.key[1] == g[1] && s.key[2] == g[2];
    }
  };

  linear_probe_table<slots> table_;
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
