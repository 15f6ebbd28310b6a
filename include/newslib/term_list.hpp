// newslib: read-only views of a document's terms and stems.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "newslib/detail/term_table.hpp"
#include "newslib/token.hpp"

namespace newslib {

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
