// newslib internals: how a document stores its terms, and the iterator of the
// lists that view them (see newslib/term_list.hpp). Not API.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

#include "newslib/token.hpp"

namespace newslib::detail {

/// Where a document keeps its terms and stems: every key, then every stem,
/// end to end in one string, found by offsets. About 8 bytes per term and 4
/// per stem besides the characters, instead of two strings per term.
struct term_table {
  std::string chars;
  std::vector<std::uint32_t> key_offsets;   // key i: chars[key_offsets[i], key_offsets[i + 1])
  std::vector<std::uint32_t> info;          // per term: stem_id | kind << 28 | stopword << 31
  std::vector<std::uint32_t> stem_offsets;  // stem i: chars[stem_offsets[i], stem_offsets[i + 1])

  static constexpr std::uint32_t stem_mask = (std::uint32_t{1} << 28) - 1;
  static constexpr std::uint32_t pack(std::uint32_t stem_id, token_kind kind,
                                      bool stopword) noexcept {
    return stem_id | (static_cast<std::uint32_t>(kind) << 28) |
           (static_cast<std::uint32_t>(stopword) << 31);
  }
};

/// Random access over a list whose elements are values made on access. The
/// iterator keeps its own copy of the (small) list, so it stays valid when
/// the list object it came from was a temporary.
template <class List, class Value>
class value_iterator {
 public:
  using iterator_category = std::random_access_iterator_tag;
  using value_type = Value;
  using difference_type = std::ptrdiff_t;
  using pointer = void;
  using reference = Value;

  constexpr value_iterator() noexcept = default;
  constexpr value_iterator(const List& list, std::size_t i) noexcept : list_(list), i_(i) {}

  Value operator*() const noexcept { return list_[i_]; }
  Value operator[](difference_type n) const noexcept {
    return list_[static_cast<std::size_t>(static_cast<difference_type>(i_) + n)];
  }
  value_iterator& operator++() noexcept { ++i_; return *this; }
  value_iterator operator++(int) noexcept { value_iterator old = *this; ++i_; return old; }
  value_iterator& operator--() noexcept { --i_; return *this; }
  value_iterator operator--(int) noexcept { value_iterator old = *this; --i_; return old; }
  value_iterator& operator+=(difference_type n) noexcept {
    i_ = static_cast<std::size_t>(static_cast<difference_type>(i_) + n);
    return *this;
  }
  value_iterator& operator-=(difference_type n) noexcept { return *this += -n; }
  friend value_iterator operator+(value_iterator a, difference_type n) noexcept { return a += n; }
  friend value_iterator operator+(difference_type n, value_iterator a) noexcept { return a += n; }
  friend value_iterator operator-(value_iterator a, difference_type n) noexcept { return a -= n; }
  friend difference_type operator-(value_iterator a, value_iterator b) noexcept {
    return static_cast<difference_type>(a.i_) - static_cast<difference_type>(b.i_);
  }
  friend bool operator==(value_iterator a, value_iterator b) noexcept { return a.i_ == b.i_; }
  friend bool operator!=(value_iterator a, value_iterator b) noexcept { return a.i_ != b.i_; }
  friend bool operator<(value_iterator a, value_iterator b) noexcept { return a.i_ < b.i_; }
  friend bool operator>(value_iterator a, value_iterator b) noexcept { return a.i_ > b.i_; }
  friend bool operator<=(value_iterator a, value_iterator b) noexcept { return a.i_ <= b.i_; }
  friend bool operator>=(value_iterator a, value_iterator b) noexcept { return a.i_ >= b.i_; }

 private:
  List list_;
  std::size_t i_ = 0;
};

}  // namespace newslib::detail
