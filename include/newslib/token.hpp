// newslib: tokens and the per-document vocabulary of their normalised keys.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "newslib/span.hpp"

namespace newslib {

enum class token_kind : std::uint8_t { word, number, punctuation, symbol, url, email, other };

/// Name of a token kind: "word", "number", ...
[[nodiscard]] const char* to_string(token_kind kind) noexcept;

/// Most distinct terms (and stems) one document may have: term ids share a
/// 32-bit word with the token kind. Parsing more throws `input_too_large`.
inline constexpr std::size_t max_terms = std::size_t{1} << 28;

/// One token, 12 bytes. Offsets are 32-bit to keep a parsed document small
/// (documents are limited to 4 GiB); `term` indexes `document::terms()` and
/// shares its word with `kind` (bit-fields: read and assign them as usual).
struct token {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t term : 28;
  token_kind kind : 3;

  constexpr token() noexcept : term(0), kind(token_kind::other) {}
  constexpr token(std::uint32_t b, std::uint32_t e, std::uint32_t term_id,
                  token_kind k) noexcept
      : begin(b), end(e), term(term_id), kind(k) {}

  [[nodiscard]] span bytes() const noexcept { return {begin, end}; }
};

/// A distinct normalised form within one document: every token whose key is the
/// same shares one term, so scorers work on small integer ids. A `term` is a
/// value assembled on access (see `term_list`): its strings are views into the
/// document, valid as long as the document.
struct term {
  std::string_view key;       // NFKC + full case folding of the token text
  std::string_view stem;      // Snowball stem of `key` (== key where no stemmer applies)
  std::uint32_t stem_id = 0;  // indexes `document::stems()`
  token_kind kind = token_kind::other;
  bool stopword = false;      // in the document language's stopword list

  friend bool operator==(const term& a, const term& b) noexcept {
    return a.key == b.key && a.stem == b.stem && a.stem_id == b.stem_id && a.kind == b.kind &&
           a.stopword == b.stopword;
  }
  friend bool operator!=(const term& a, const term& b) noexcept { return !(a == b); }
};

namespace detail {

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

}  // namespace detail

/// A read-only list of strings stored end to end (a document's stems):
/// indexing gives a `std::string_view` into the document.
class string_list {
 public:
  using value_type = std::string_view;
  using size_type = std::size_t;
  using iterator = detail::value_iterator<string_list, std::string_view>;
  using const_iterator = iterator;

  string_list() noexcept = default;
  string_list(const char* chars, const std::uint32_t* offsets, std::size_t size) noexcept
      : chars_(chars), offsets_(offsets), size_(size) {}

  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] std::string_view operator[](std::size_t i) const noexcept {
    return {chars_ + offsets_[i], offsets_[i + 1] - offsets_[i]};
  }
  [[nodiscard]] iterator begin() const noexcept { return {*this, 0}; }
  [[nodiscard]] iterator end() const noexcept { return {*this, size_}; }

 private:
  const char* chars_ = nullptr;
  const std::uint32_t* offsets_ = nullptr;
  std::size_t size_ = 0;
};

/// A document's terms in id order. Each `term` is assembled on access from
/// the document's compact table (a few loads), so indexing returns a value;
/// `const term& t = terms[i]` and `for (const auto& t : terms)` work as usual.
class term_list {
 public:
  using value_type = term;
  using size_type = std::size_t;
  using iterator = detail::value_iterator<term_list, term>;
  using const_iterator = iterator;

  term_list() noexcept = default;
  explicit term_list(const detail::term_table& table) noexcept
      : chars_(table.chars.data()),
        key_offsets_(table.key_offsets.data()),
        info_(table.info.data()),
        stem_offsets_(table.stem_offsets.data()),
        size_(table.info.size()) {}

  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] term operator[](std::size_t i) const noexcept {
    const std::uint32_t info = info_[i];
    const std::uint32_t stem = info & detail::term_table::stem_mask;
    term t;
    t.key = {chars_ + key_offsets_[i], key_offsets_[i + 1] - key_offsets_[i]};
    t.stem = {chars_ + stem_offsets_[stem], stem_offsets_[stem + 1] - stem_offsets_[stem]};
    t.stem_id = stem;
    t.kind = static_cast<token_kind>((info >> 28) & 7);
    t.stopword = (info >> 31) != 0;
    return t;
  }
  [[nodiscard]] iterator begin() const noexcept { return {*this, 0}; }
  [[nodiscard]] iterator end() const noexcept { return {*this, size_}; }

 private:
  const char* chars_ = nullptr;
  const std::uint32_t* key_offsets_ = nullptr;
  const std::uint32_t* info_ = nullptr;
  const std::uint32_t* stem_offsets_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace newslib
