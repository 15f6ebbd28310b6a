// newslib: tokens and the per-document vocabulary of their normalised keys.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "newslib/config.hpp"
#include "newslib/span.hpp"

NEWSLIB_BEGIN_NAMESPACE

enum class token_kind : std::uint8_t { word, number, punctuation, symbol, url, email, other };

/// Name of a token kind: "word", "number", ...
[[nodiscard]] NEWSLIB_API const char* to_string(token_kind kind) noexcept;

/// Most distinct terms (and stems) one document may have: a long document
/// stores a term id and a token kind in one 32-bit word. Parsing more throws
/// `input_too_large`.
inline constexpr std::size_t max_terms = std::size_t{1} << 28;

/// One token of a document: a value that `document::tokens()` builds on
/// access from the document's compact table. Offsets are 32-bit (documents
/// are limited to 4 GiB); `term` indexes `document::terms()`.
struct token {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t term = 0;
  token_kind kind = token_kind::other;

  constexpr token() noexcept = default;
  constexpr token(std::uint32_t b, std::uint32_t e, std::uint32_t term_id,
                  token_kind k) noexcept
      : begin(b), end(e), term(term_id), kind(k) {}

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

NEWSLIB_END_NAMESPACE
