// newslib: the read-only view of a document's tokens.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "newslib/config.hpp"
#include "newslib/detail/packed_ints.hpp"
#include "newslib/detail/token_table.hpp"
#include "newslib/detail/value_iterator.hpp"
#include "newslib/token.hpp"

NEWSLIB_BEGIN_NAMESPACE

/// A document's tokens in text order. A document stores them in as few bytes
/// as it can (see detail::token_layout), so each `token` is assembled on
/// access: indexing returns a value, and `const token& t = tokens[i]` and
/// `for (const auto& t : tokens)` work as usual. The view is valid as long
/// as the document.
class token_list {
 public:
  using value_type = token;
  using size_type = std::size_t;
  using iterator = detail::value_iterator<token_list, token>;
  using const_iterator = iterator;

  token_list() noexcept = default;
  explicit token_list(const detail::token_table& table) noexcept
      : words_(table.words.data()),
        block_begins_(table.block_begins.data()),
        wide_(table.wide.data()),
        size_(table.size()),
        layout_(table.layout) {}

  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] token operator[](std::size_t i) const noexcept {
    using detail::token_table;
    switch (layout_) {
      case detail::token_layout::narrow: {
        constexpr detail::table_width narrow{true};
        const std::uint16_t* w = words_ + token_table::narrow_words * i;
        return token(w[0], w[1], w[2] & narrow.id_mask(), narrow.kind_of(w[2]));
      }
      case detail::token_layout::blocked: {
        const std::uint16_t* w = words_ + token_table::blocked_words * i;
        const std::uint32_t start = block_begins_[i >> token_table::block_shift];
        detail::packed_token t;
        t.begin = start + w[0];
        t.end = start + w[1];
        std::memcpy(&t.term_and_kind, w + 2, sizeof t.term_and_kind);
        return t.unpack();
      }
      case detail::token_layout::wide: break;
    }
    return wide_[i].unpack();
  }
  [[nodiscard]] token front() const noexcept { return (*this)[0]; }
  [[nodiscard]] token back() const noexcept { return (*this)[size_ - 1]; }
  [[nodiscard]] iterator begin() const noexcept { return {*this, 0}; }
  [[nodiscard]] iterator end() const noexcept { return {*this, size_}; }

 private:
  const std::uint16_t* words_ = nullptr;
  const std::uint32_t* block_begins_ = nullptr;
  const detail::packed_token* wide_ = nullptr;
  std::size_t size_ = 0;
  detail::token_layout layout_ = detail::token_layout::narrow;
};

NEWSLIB_END_NAMESPACE
