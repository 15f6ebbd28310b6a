// newslib internals: how a document stores its tokens. Not API.
#pragma once

#include <cstdint>
#include <vector>

#include "newslib/config.hpp"
#include "newslib/token.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// A token as a long document stores it, and as parsing builds it: 12 bytes,
/// the term id and the kind sharing one word (term | kind << 28).
struct packed_token {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t term_and_kind = 0;

  static constexpr unsigned kind_shift = 28;
  static constexpr std::uint32_t term_mask = max_terms - 1;

  [[nodiscard]] std::uint32_t term() const noexcept { return term_and_kind & term_mask; }
  [[nodiscard]] token_kind kind() const noexcept {
    return static_cast<token_kind>(term_and_kind >> kind_shift);
  }
  void set_kind(token_kind k) noexcept {
    term_and_kind = (term_and_kind & term_mask) | (static_cast<std::uint32_t>(k) << kind_shift);
  }
  void set_term(std::uint32_t id) noexcept {
    term_and_kind = (term_and_kind & ~term_mask) | (id & term_mask);
  }
  [[nodiscard]] token unpack() const noexcept { return token(begin, end, term(), kind()); }
};
// Layouts are checked where they are declared; changing one changes the ABI
// (docs/abi.md: the minor version goes up).
static_assert(sizeof(packed_token) == 12, "a long document's token is 12 bytes");

/// How a document stores its tokens, smallest first:
/// - narrow: a short document (see table_width): begin, end and term | kind
///   as three 16-bit words, 6 bytes a token;
/// - blocked: begin and end as 16-bit offsets from the start of their block
///   of 256 tokens, and term | kind as 32 bits: 8 bytes a token, for any
///   document where each block spans under 64 KiB (all ordinary text);
/// - wide: `packed_token`s, 12 bytes, for the rest (a block holding a 64 KiB
///   token, say).
enum class token_layout : std::uint8_t { narrow, blocked, wide };

struct token_table {
  token_layout layout = token_layout::narrow;
  std::vector<std::uint16_t> words;         // narrow and blocked tokens
  std::vector<std::uint32_t> block_begins;  // blocked: where each block starts
  std::vector<packed_token> wide;

  static constexpr std::size_t narrow_words = 3;
  static constexpr std::size_t blocked_words = 4;
  static constexpr unsigned block_shift = 8;

  [[nodiscard]] std::size_t size() const noexcept {
    switch (layout) {
      case token_layout::narrow: return words.size() / narrow_words;
      case token_layout::blocked: return words.size() / blocked_words;
      case token_layout::wide: break;
    }
    return wide.size();
  }
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
