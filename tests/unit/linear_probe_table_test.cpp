// The one hash table of the library (util/linear_probe_table.hpp) and its hash
// functions (util/hash.hpp): checked against std::unordered_map under random
// work, with every probe colliding, across growth, emptying, stamp wrap-around
// and trimming.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "util/hash.hpp"
#include "util/linear_probe_table.hpp"

namespace {

using newslib::detail::bytes_equal;
using newslib::detail::hash_bytes;
using newslib::detail::hash_id;
using newslib::detail::hash_ids;
using newslib::detail::linear_probe_table;
using newslib::detail::short_hash;
using newslib::detail::short_key;
using newslib::detail::short_key_of;

// A key and its value; key 0 marks an empty slot of the plain tables.
struct pair_slot {
  std::uint32_t key = 0;
  std::uint32_t value = 0;
};

// How a test table hashes its keys: well, or all to one place.
enum class hashing { mixed, constant };

template <hashing H>
std::uint64_t hash_of(std::uint32_t key) {
  return H == hashing::mixed ? hash_id(key) : 7;
}

// `MatchFirst`: the probe compares keys before it tests for an empty slot
// (and in a stamped table, compares the stale keys of free slots too).
template <hashing H, bool MatchFirst = false>
struct plain_slots {
  using slot = pair_slot;
  static constexpr bool match_first = MatchFirst;
  static bool empty(const slot& s) { return s.key == 0; }
  static std::uint64_t hash(const slot& s) { return hash_of<H>(s.key); }
};

template <hashing H, class Stamp, bool MatchFirst = false>
struct stamped_slots {
  using slot = pair_slot;
  using stamp = Stamp;
  static constexpr bool match_first = MatchFirst;
  static std::uint64_t hash(const slot& s) { return hash_of<H>(s.key); }
};

// The operations of a table on pair slots, by key.
template <class Table, hashing H>
struct keyed {
  Table& table;

  const pair_slot* find(std::uint32_t key) const {
    return table.find(hash_of<H>(key), [&](const pair_slot& s) { return s.key == key; });
  }
  // Like std::unordered_map::emplace: an existing key keeps its value.
  bool add(std::uint32_t key, std::uint32_t value) {
    auto [s, added] = table.find_or_insert(hash_of<H>(key),
                                           [&](const pair_slot& x) { return x.key == key; },
                                           pair_slot{key, value});
    EXPECT_EQ(s->key, key);
    return added;
  }
};

// The table holds exactly what `model` holds.
template <class Table, hashing H>
void expect_same(Table& table, const std::unordered_map<std::uint32_t, std::uint32_t>& model,
                 std::uint32_t key_range) {
  keyed<Table, H> k{table};
  ASSERT_EQ(table.size(), model.size());
  for (std::uint32_t key = 1; key <= key_range; ++key) {
    const pair_slot* s = k.find(key);
    const auto it = model.find(key);
    if (it == model.end()) {
      EXPECT_EQ(s, nullptr) << "key " << key;
    } else {
      ASSERT_NE(s, nullptr) << "key " << key;
      EXPECT_EQ(s->value, it->second) << "key " << key;
    }
  }
  std::size_t seen = 0;
  table.for_each([&](pair_slot& s) {
    ++seen;
    const auto it = model.find(s.key);
    ASSERT_NE(it, model.end());
    EXPECT_EQ(s.value, it->second);
  });
  EXPECT_EQ(seen, model.size());
  EXPECT_LE(table.size() * 4, table.capacity() * 3);
}

// Random adds and lookups over many seeds, with occasional emptying, against
// std::unordered_map.
template <class Slots, hashing H>
void random_work(std::uint32_t key_range, int rounds, int steps) {
  using table_type = linear_probe_table<Slots>;
  for (int seed = 0; seed < rounds; ++seed) {
    std::mt19937 random(static_cast<std::uint32_t>(seed));
    table_type table(random() % 64);
    keyed<table_type, H> k{table};
    std::unordered_map<std::uint32_t, std::uint32_t> model;
    for (int step = 0; step < steps; ++step) {
      const std::uint32_t key = 1 + random() % key_range;
      const std::uint32_t value = random();
      const unsigned action = random() % 100;
      if (action < 60) {
        EXPECT_EQ(k.add(key, value), model.emplace(key, value).second);
      } else if (action < 62) {
        if (model.find(key) == model.end()) {
          table.insert(hash_of<H>(key), pair_slot{key, value});
          model.emplace(key, value);
        }
      } else if (action == 99 && random() % 8 == 0) {
        table.reset(random() % 300);
        model.clear();
      } else {
        const pair_slot* s = k.find(key);
        const auto it = model.find(key);
        ASSERT_EQ(s == nullptr, it == model.end()) << "seed " << seed << " key " << key;
        if (s != nullptr) {
          EXPECT_EQ(s->value, it->second);
        }
      }
    }
    expect_same<table_type, H>(table, model, key_range);
  }
}

TEST(LinearProbeTable, RandomWorkMatchesUnorderedMap) {
  random_work<plain_slots<hashing::mixed>, hashing::mixed>(5000, 60, 4000);
  random_work<plain_slots<hashing::mixed>, hashing::mixed>(40, 60, 500);
}

TEST(LinearProbeTable, StampedRandomWorkMatchesUnorderedMap) {
  random_work<stamped_slots<hashing::mixed, std::uint32_t>, hashing::mixed>(5000, 60, 4000);
  // Eight-bit stamps wrap every 255 emptyings.
  random_work<stamped_slots<hashing::mixed, std::uint8_t>, hashing::mixed>(300, 60, 20000);
}

TEST(LinearProbeTable, MatchFirstGivesTheSameResults) {
  random_work<plain_slots<hashing::mixed, true>, hashing::mixed>(5000, 30, 4000);
  random_work<stamped_slots<hashing::mixed, std::uint8_t, true>, hashing::mixed>(300, 30, 20000);
  random_work<plain_slots<hashing::constant, true>, hashing::constant>(300, 5, 1500);
  random_work<stamped_slots<hashing::constant, std::uint16_t, true>, hashing::constant>(300, 5, 1500);
}

TEST(LinearProbeTable, EveryKeyCollides) {
  // One hash for every key: each probe runs through one cluster, which also
  // wraps around the end of the array.
  random_work<plain_slots<hashing::constant>, hashing::constant>(300, 10, 1500);
  random_work<stamped_slots<hashing::constant, std::uint16_t>, hashing::constant>(300, 10, 1500);
}

TEST(LinearProbeTable, ProbesWrapAroundTheEndOfTheArray) {
  // Keys whose hash is the last slot sit at its end and then at the start.
  struct last_slot {
    using slot = pair_slot;
    static bool empty(const slot& s) { return s.key == 0; }
    static std::uint64_t hash(const slot&) { return ~std::uint64_t{0}; }
  };
  linear_probe_table<last_slot> table;
  const std::size_t capacity = table.capacity();
  const std::size_t fits = capacity * 3 / 4;
  for (std::uint32_t key = 1; key <= fits; ++key) table.insert(~std::uint64_t{0}, {key, key * 10});
  EXPECT_EQ(table.capacity(), capacity);
  EXPECT_EQ(table.home(~std::uint64_t{0}), table.home(capacity - 1));
  for (std::uint32_t key = 1; key <= fits; ++key) {
    const pair_slot* s = table.find(~std::uint64_t{0}, [&](const pair_slot& x) { return x.key == key; });
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->value, key * 10);
  }
  EXPECT_EQ(table.find(~std::uint64_t{0}, [](const pair_slot& x) { return x.key == 999; }), nullptr);
}

TEST(LinearProbeTable, GrowsAtThreeQuartersAcrossSeveralDoublings) {
  using table_type = linear_probe_table<plain_slots<hashing::mixed>>;
  table_type table;
  keyed<table_type, hashing::mixed> k{table};
  std::unordered_map<std::uint32_t, std::uint32_t> model;
  EXPECT_EQ(table.capacity(), table_type::min_capacity);
  std::set<std::size_t> capacities;
  for (std::uint32_t key = 1; key <= 20000; ++key) {
    const std::size_t before = table.capacity();
    // At the capacity boundary: the slot that would pass three quarters
    // doubles the table first, the one before does not.
    const bool at_limit = (table.size() + 1) * 4 > before * 3;
    k.add(key, key ^ 0x5555u);
    model.emplace(key, key ^ 0x5555u);
    EXPECT_EQ(table.capacity(), at_limit ? 2 * before : before) << "key " << key;
    capacities.insert(table.capacity());
  }
  EXPECT_GE(capacities.size(), 10u);  // 16 to 32768
  expect_same<table_type, hashing::mixed>(table, model, 20001);
}

TEST(LinearProbeTable, CapacityForExpectedSlots) {
  using table_type = linear_probe_table<plain_slots<hashing::mixed>>;
  EXPECT_EQ(table_type::capacity_for(0), 16u);
  EXPECT_EQ(table_type::capacity_for(12), 16u);
  EXPECT_EQ(table_type::capacity_for(13), 32u);
  EXPECT_EQ(table_type::capacity_for(24), 32u);
  EXPECT_EQ(table_type::capacity_for(25), 64u);
  EXPECT_EQ(table_type::capacity_for(768), 1024u);
  EXPECT_EQ(table_type::capacity_for(769), 2048u);
  for (std::size_t n = 0; n < 5000; ++n) {
    const std::size_t c = table_type::capacity_for(n);
    EXPECT_EQ(c & (c - 1), 0u);
    EXPECT_LE(n * 4, c * 3);
    EXPECT_TRUE(c == 16 || (n * 4 > (c / 2) * 3)) << n;
  }
  // Filled to what it was sized for, a table does not grow.
  for (std::size_t n : {0u, 1u, 12u, 13u, 100u, 768u, 769u, 3000u}) {
    table_type table(n);
    const std::size_t capacity = table.capacity();
    EXPECT_EQ(capacity, table_type::capacity_for(n));
    keyed<table_type, hashing::mixed> k{table};
    for (std::uint32_t key = 1; key <= n; ++key) k.add(key, key);
    EXPECT_EQ(table.capacity(), capacity) << n;
  }
}

TEST(LinearProbeTable, ResetEmptiesAndKeepsALargerArray) {
  using table_type = linear_probe_table<stamped_slots<hashing::mixed, std::uint32_t>>;
  table_type table;
  keyed<table_type, hashing::mixed> k{table};
  for (std::uint32_t key = 1; key <= 1000; ++key) k.add(key, key);
  const std::size_t bytes = table.memory_bytes();
  table.reset(10);
  EXPECT_EQ(table.size(), 0u);
  EXPECT_EQ(table.capacity(), 16u);
  EXPECT_EQ(table.memory_bytes(), bytes);  // kept: emptying was one increment
  for (std::uint32_t key = 1; key <= 1000; ++key) EXPECT_EQ(k.find(key), nullptr);
  // The stale entries beyond the capacity stay invisible when it grows again.
  table.reset(700);
  EXPECT_EQ(table.capacity(), 1024u);
  for (std::uint32_t key = 1; key <= 1000; ++key) EXPECT_EQ(k.find(key), nullptr);
  std::size_t used = 0;
  table.for_each([&](pair_slot&) { ++used; });
  EXPECT_EQ(used, 0u);
  EXPECT_TRUE(k.add(5, 50));
  EXPECT_EQ(k.find(5)->value, 50u);

  // The same for a plain table, emptied by writing empty slots.
  using plain_table = linear_probe_table<plain_slots<hashing::mixed>>;
  plain_table plain;
  keyed<plain_table, hashing::mixed> p{plain};
  for (std::uint32_t key = 1; key <= 1000; ++key) p.add(key, key);
  plain.reset(10);
  EXPECT_EQ(plain.capacity(), 16u);
  for (std::uint32_t key = 1; key <= 1000; ++key) EXPECT_EQ(p.find(key), nullptr);
  plain.reset(700);
  for (std::uint32_t key = 1; key <= 1000; ++key) EXPECT_EQ(p.find(key), nullptr);
  used = 0;
  plain.for_each([&](pair_slot&) { ++used; });
  EXPECT_EQ(used, 0u);
}

// Eight-bit stamps take the values 1 to 255 in turn: 255 emptyings after a
// slot was stored, the stamp is its own again. It must not come back.
template <bool MatchFirst>
void stamps_wrap_around() {
  using table_type = linear_probe_table<stamped_slots<hashing::mixed, std::uint8_t, MatchFirst>>;
  table_type table(40);
  keyed<table_type, hashing::mixed> k{table};
  for (int emptyings = 1; emptyings <= 520; ++emptyings) {
    for (std::uint32_t key = 1; key <= 30; ++key) EXPECT_TRUE(k.add(key, key));
    for (int i = 0; i < emptyings; ++i) table.reset(40);
    for (std::uint32_t key = 1; key <= 30; ++key) {
      ASSERT_EQ(k.find(key), nullptr) << "after " << emptyings << " emptyings";
    }
  }
  // The same for slots past the capacity of a table emptied smaller: stale,
  // but in the array, and in the table again once it is sized up.
  for (int emptyings = 1; emptyings <= 520; emptyings += 1 + emptyings % 3) {
    for (std::uint32_t key = 1; key <= 600; ++key) k.add(key, key);
    for (int i = 1; i < emptyings; ++i) table.reset(40);
    table.reset(700);
    for (std::uint32_t key = 1; key <= 600; ++key) {
      ASSERT_EQ(k.find(key), nullptr) << "after " << emptyings << " emptyings";
    }
  }
  // Slots of every size in turn, with the array regrown in between (fresh
  // entries have stamp zero) and stale entries beyond the capacity.
  for (int round = 0; round < 600; ++round) {
    const auto count = static_cast<std::uint32_t>(1 + round % 50);
    for (std::uint32_t key = 1; key <= count; ++key) EXPECT_TRUE(k.add(key, key + 1));
    for (std::uint32_t key = 1; key <= count; ++key) ASSERT_EQ(k.find(key)->value, key + 1);
    table.reset(round % 3 == 0 ? 500 : 10);
    for (std::uint32_t key = 1; key <= 60; ++key) ASSERT_EQ(k.find(key), nullptr) << round;
  }
}

TEST(LinearProbeTable, StampsWrapAround) {
  stamps_wrap_around<false>();
  stamps_wrap_around<true>();  // where stale keys are compared first
}

TEST(LinearProbeTable, TrimGivesBackALargeArray) {
  using table_type = linear_probe_table<stamped_slots<hashing::mixed, std::uint32_t>>;
  table_type table;
  keyed<table_type, hashing::mixed> k{table};
  for (std::uint32_t key = 1; key <= 100; ++key) k.add(key, key);
  const std::size_t bytes = table.memory_bytes();
  table.trim(bytes);  // within the cap: nothing happens
  EXPECT_EQ(table.size(), 100u);
  EXPECT_EQ(k.find(42)->value, 42u);
  for (std::uint32_t key = 101; key <= 5000; ++key) k.add(key, key);
  EXPECT_GT(table.memory_bytes(), bytes);
  table.trim(bytes);
  EXPECT_EQ(table.size(), 0u);
  EXPECT_EQ(table.capacity(), table_type::min_capacity);
  EXPECT_LE(table.memory_bytes(), bytes);
  for (std::uint32_t key = 1; key <= 5000; ++key) ASSERT_EQ(k.find(key), nullptr);
  for (std::uint32_t key = 1; key <= 50; ++key) EXPECT_TRUE(k.add(key, key + 1));
  EXPECT_EQ(k.find(50)->value, 51u);
}

TEST(LinearProbeTable, SlotsWithOwnedMemoryMoveWhenTheTableGrows) {
  struct string_slots {
    struct slot {
      std::string key;
      int value = 0;
    };
    static bool empty(const slot& s) { return s.key.empty(); }
    static std::uint64_t hash(const slot& s) { return hash_bytes(s.key); }
  };
  linear_probe_table<string_slots> table;
  for (int i = 0; i < 3000; ++i) {
    std::string key = "word number " + std::to_string(i);
    const std::uint64_t h = hash_bytes(key);
    table.insert(h, {std::move(key), i});
  }
  for (int i = 0; i < 3000; ++i) {
    const std::string key = "word number " + std::to_string(i);
    const auto* s = table.find(hash_bytes(key), [&](const string_slots::slot& x) { return x.key == key; });
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->value, i);
  }
}

TEST(LinearProbeTable, MatchSeesOnlySlotsInUse) {
  // A table where every key collides: the predicate never sees an empty slot
  // or one left over from before the last emptying.
  using table_type = linear_probe_table<stamped_slots<hashing::constant, std::uint32_t>>;
  table_type table;
  for (std::uint32_t key = 1; key <= 10; ++key) table.insert(7, {key, 0});
  table.reset(0);
  for (std::uint32_t key = 11; key <= 15; ++key) table.insert(7, {key, 0});
  std::vector<std::uint32_t> seen;
  EXPECT_EQ(table.find(7, [&](const pair_slot& s) {
    seen.push_back(s.key);
    return false;
  }), nullptr);
  EXPECT_EQ(seen, (std::vector<std::uint32_t>{11, 12, 13, 14, 15}));
}

// The hash functions.

std::string padded(std::string_view s) {
  std::string out(s);
  out.resize(16, '\0');
  return out;
}

TEST(Hash, ShortKeyIsTheZeroPaddedBytes) {
  // 32 readable bytes, so that the 16-byte loads stay inside the buffer.
  const std::string text = "abcdefghijklmnopqrstuvwxyz012345";
  for (std::size_t offset = 0; offset < 16; ++offset) {
    for (std::size_t n = 0; n <= 16; ++n) {
      const char* p = text.data() + offset;
      const std::string expected = padded(std::string_view(p, n));
      for (bool readable : {false, true}) {
        const short_key k = short_key_of(p, n, readable);
        char bytes[16];
        std::memcpy(bytes, k.word, 16);
        EXPECT_EQ(std::string(bytes, 16), expected) << "n " << n << " readable " << readable;
      }
    }
  }
}

TEST(Hash, ShortHashSeparatesTagsAndKeys) {
  const short_key a = short_key_of("rate", 4, false);
  const short_key b = short_key_of("rates", 5, false);
  EXPECT_EQ(short_hash(a, 1), short_hash(short_key_of("rate", 4, false), 1));
  EXPECT_NE(short_hash(a, 1), short_hash(a, 2));
  EXPECT_NE(short_hash(a, 1), short_hash(b, 1));
}

TEST(Hash, HashBytesDependsOnLengthAndEveryByte) {
  // Strings that differ only in their length (trailing zeros) or in one byte.
  const std::string zeros(40, '\0');
  std::set<std::uint64_t> by_length;
  for (std::size_t n = 0; n <= zeros.size(); ++n) by_length.insert(hash_bytes(std::string_view(zeros.data(), n)));
  EXPECT_EQ(by_length.size(), zeros.size() + 1);

  const std::string base = "the quick brown fox jumps over the lazy dog";
  std::set<std::uint64_t> by_byte{hash_bytes(base)};
  for (std::size_t i = 0; i < base.size(); ++i) {
    std::string changed = base;
    changed[i] ^= 1;
    by_byte.insert(hash_bytes(changed));
  }
  EXPECT_EQ(by_byte.size(), base.size() + 1);
  // Every tail length from 1 to 7 past whole words, and the views of one string.
  for (std::size_t n = 1; n < base.size(); ++n) {
    EXPECT_NE(hash_bytes(std::string_view(base.data(), n)), hash_bytes(std::string_view(base.data(), n - 1)));
    EXPECT_EQ(hash_bytes(std::string_view(base.data(), n)), hash_bytes(base.substr(0, n)));
  }
}

TEST(Hash, HashBytesSpreadsOverLowBits) {
  // The low bits pick a slot: 4,096 words over 1,024 buckets fill most of them.
  std::vector<int> buckets(1024, 0);
  for (int i = 0; i < 4096; ++i) ++buckets[hash_bytes("w" + std::to_string(i)) & 1023];
  int used = 0;
  for (int b : buckets) used += b > 0;
  EXPECT_GT(used, 950);
}

TEST(Hash, BytesEqual) {
  const std::string a = "abcdefghijklmnopqrstuvwxyz";
  for (std::size_t n = 0; n <= a.size(); ++n) {
    std::string b = a;
    EXPECT_TRUE(bytes_equal(a.data(), b.data(), n));
    for (std::size_t i = 0; i < n; ++i) {
      b = a;
      b[i] = '#';
      EXPECT_FALSE(bytes_equal(a.data(), b.data(), n)) << n << " " << i;
    }
  }
}

TEST(Hash, IdsHashSpreadsOverLowBits) {
  // Dense ids and ids that differ only in high bits both reach most buckets.
  for (std::uint32_t step : {1u, 1024u, 1u << 20}) {
    std::vector<int> buckets(256, 0);
    for (std::uint32_t i = 0; i < 1024; ++i) ++buckets[hash_id(i * step) & 255];
    int used = 0;
    for (int b : buckets) used += b > 0;
    EXPECT_GT(used, 230) << step;
  }
  const std::uint32_t g[3] = {1, 2, 3}, h[3] = {3, 2, 1}, i[3] = {1, 2, 4};
  EXPECT_NE(hash_ids<3>(g), hash_ids<3>(h));
  EXPECT_NE(hash_ids<3>(g), hash_ids<3>(i));
  EXPECT_EQ(hash_ids<1>(g), hash_id(1));
}

}  // namespace
