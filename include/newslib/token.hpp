// newslib: tokens and the per-document vocabulary of their normalised keys.
#pragma once

#include <cstdint>
#include <string>

#include "newslib/span.hpp"

namespace newslib {

enum class token_kind : std::uint8_t { word, number, punctuation, symbol, url, email, other };

/// Name of a token kind: "word", "number", ...
[[nodiscard]] const char* to_string(token_kind kind) noexcept;

/// One token. Offsets are 32-bit to keep a parsed document small (documents are
/// limited to 4 GiB); `term` indexes `document::terms()`.
struct token {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t term = 0;
  token_kind kind = token_kind::other;

  [[nodiscard]] span bytes() const noexcept { return {begin, end}; }
};

/// A distinct normalised form within one document: every token whose key is the
/// same shares one term, so scorers work on small integer ids.
struct term {
  std::string key;            // NFKC + full case folding of the token text
  std::string stem;           // Snowball stem of `key` (== key where no stemmer applies)
  std::uint32_t stem_id = 0;  // indexes `document::stems()`
  token_kind kind = token_kind::other;
  bool stopword = false;      // in the document language's stopword list
};

}  // namespace newslib
