// newslib: read-only views of a document's terms and stems.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "newslib/config.hpp"
#include "newslib/detail/packed_ints.hpp"
#include "newslib/detail/term_table.hpp"
#include "newslib/detail/value_iterator.hpp"
#include "newslib/token.hpp"

NEWSLIB_BEGIN_NAMESPACE

/// A document's stems in id order: indexing gives a `std::string_view` into
/// the document.
class string_list {
 public:
  using value_type = std::string_view;
  using size_type = std::size_t;
  using iterator = detail::value_iterator<string_list, std::string_view>;
  using const_iterator = iterator;

  string_list() noexcept = default;
  string_list(const detail::term_table& table, std::string_view text) noexcept
      : places_(text, table),
        stems_{table.stems.data(), table.width.narrow},
        size_(table.stem_count()) {}

  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] std::string_view operator[](std::size_t i) const noexcept {
    return places_.at(stems_[2 * i], stems_[2 * i + 1]);
  }
  [[nodiscard]] iterator begin() const noexcept { return {*this, 0}; }
  [[nodiscard]] iterator end() const noexcept { return {*this, size_}; }

 private:
  detail::string_places places_;
  detail::packed_ints stems_;
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
  term_list(const detail::term_table& table, std::string_view text) noexcept
      : places_(text, table),
        stems_(table, text),
        terms_{table.terms.data(), table.width.narrow},
        width_(table.width),
        size_(table.term_count()) {}

  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] term operator[](std::size_t i) const noexcept {
    const std::size_t at = detail::term_table::values_per_term * i;
    const std::uint32_t info = terms_[at + 2];
    term t;
    t.key = places_.at(terms_[at], terms_[at + 1]);
    t.stem_id = info & width_.id_mask();
    t.stem = stems_[t.stem_id];
    t.kind = width_.kind_of(info);
    t.stopword = width_.flag_of(info);
    return t;
  }
  [[nodiscard]] iterator begin() const noexcept { return {*this, 0}; }
  [[nodiscard]] iterator end() const noexcept { return {*this, size_}; }

 private:
  detail::string_places places_;
  string_list stems_;
  detail::packed_ints terms_;
  detail::table_width width_;
  std::size_t size_ = 0;
};

NEWSLIB_END_NAMESPACE
