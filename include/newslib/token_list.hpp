// newslib: the read-only view of a document's tokens.
#pragma once

#include <cstddef>
#include <cstdint>

#include "newslib/detail/packed_ints.hpp"
#include "newslib/detail/token_table.hpp"
#include "newslib/detail/value_iterator.hpp"
#include "newslib/token.hpp"

namespace newslib {

/// A document's tokens in text order. A short document stores them in 16-bit
/// fields, so each `token` is assembled on access: indexing returns a value,
/// and `const token& t = tokens[i]` and `for (const auto& t : tokens)` work
/// as usual. The view is valid as long as the document.
class token_list {
 public:
  using value_type = token;
  using size_type = std::size_t;
  using iterator = detail::value_iterator<token_list, token>;
  using const_iterator = iterator;

  token_list() noexcept = default;
  explicit token_list(const detail::token_table& table) noexcept
      : wide_(table.wide.empty() ? nullptr : table.wide.data()),
        narrow_(table.narrow.data()),
        size_(table.wide.empty() ? table.narrow.size() / detail::token_table::words_per_token
                                 : table.wide.size()) {}

  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] token operator[](std::size_t i) const noexcept {
    if (wide_ != nullptr) return wide_[i].unpack();
    constexpr detail::table_width narrow{true};
    const std::uint16_t* words = narrow_ + detail::token_table::words_per_token * i;
    return token(words[0], words[1], words[2] & narrow.id_mask(), narrow.kind_of(words[2]));
  }
  [[nodiscard]] token front() const noexcept { return (*this)[0]; }
  [[nodiscard]] token back() const noexcept { return (*this)[size_ - 1]; }
  [[nodiscard]] iterator begin() const noexcept { return {*this, 0}; }
  [[nodiscard]] iterator end() const noexcept { return {*this, size_}; }

 private:
  const detail::packed_token* wide_ = nullptr;
  const std::uint16_t* narrow_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace newslib
