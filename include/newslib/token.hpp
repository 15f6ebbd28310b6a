// newslib: tokens and the per-document vocabulary of their normalised keys.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

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
      : begin(b), end(e), term(term_id & (max_terms - 1)), kind(k) {}

  [[nodiscard]] span bytes() const noexcept { return {begin, end}; }
};

/// A distinct normalised form within one document: every token whose key is the
/// same shares one term, so scorers work on small integer ids. A `term` is a
/// value assembled on access (see `term_list` in newslib/term_list.hpp): its
/// strings are views into the document, valid as long as the document.
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

}  // namespace newslib
