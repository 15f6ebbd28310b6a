// newslib internals: the iterator of the lists that build their elements on
// access (tokens, terms, stems). Not API.
#pragma once

#include <cstddef>
#include <iterator>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

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

}  // namespace detail
NEWSLIB_END_NAMESPACE
