// newslib internals: how a document stores its tokens. Not API.
#pragma once

#include <cstdint>
#include <vector>

#include "newslib/token.hpp"

namespace newslib::detail {

/// A token as a long document stores it, and as parsing builds it: 12 bytes,
/// the term id and the kind sharing one word (term | kind << 28).
struct packed_token {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t term_and_kind = 0;

  static constexpr std::uint32_t term_mask = max_terms - 1;

  [[nodiscard]] std::uint32_t term() const noexcept { return term_and_kind & term_mask; }
  [[nodiscard]] token_kind kind() const noexcept {
    return static_cast<token_kind>(term_and_kind >> 28);
  }
  void set_kind(token_kind k) noexcept {
    term_and_kind = (term_and_kind & term_mask) | (static_cast<std::uint32_t>(k) << 28);
  }
  void set_term(std::uint32_t id) noexcept {
    term_and_kind = (term_and_kind & ~term_mask) | (id & term_mask);
  }
  [[nodiscard]] token unpack() const noexcept { return token(begin, end, term(), kind()); }
};

/// A long document keeps its tokens packed in 12 bytes each; a short one (see
/// table_width) keeps begin, end and term | kind as three 16-bit words.
struct token_table {
  std::vector<packed_token> wide;
  std::vector<std::uint16_t> narrow;

  static constexpr std::size_t words_per_token = 3;
};

}  // namespace newslib::detail
