// Interning a document's tokens into terms (normalised keys) and stems, so
// normalisation, stemming and stopword lookup run once per distinct form.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newslib/token.hpp"
#include "tokenize/flat_index.hpp"

namespace newslib::detail {

class stopword_set;

/// How a token's text becomes a term: key, stem and stopword flag.
struct term_form {
  std::string key;
  std::string stem;
  std::uint64_t key_hash = 0;   // hash_bytes(key), kept so interning needs no rehash
  std::uint64_t stem_hash = 0;  // hash_bytes(stem)
  bool stopword = false;
};

/// Computes the term form of `surface` (a token of kind `kind`) for language id
/// `language_id` (`no_language`: no stemming, no stopwords). Words are stemmed
/// and checked against the stopword list after mapping U+2019 to "'" (so
/// "don’t" and "don't" share stem and stopword status); in French and Italian
/// an elided article or pronoun ("l'", "dell'", "qu'") is left out of the stem.
/// Other kinds have stem == key.
void make_term_form(std::string_view surface, token_kind kind, std::size_t language_id,
                    term_form& out);

/// Assigns term ids to a document's tokens, appending new terms and stems.
class term_interner {
 public:
  /// `text` must outlive the interner; `language` is the document language
  /// (any code: unsupported ones get no stemming and no stopwords).
  /// `expected_tokens` sizes the tables (an estimate; they grow as needed).
  term_interner(std::string_view text, std::string_view language, std::vector<term>& terms,
                std::vector<std::string>& stems, std::size_t expected_tokens);

  /// The term id of the token text[begin, end) of kind `kind`.
  std::uint32_t intern(std::uint32_t begin, std::uint32_t end, token_kind kind);

 private:
  struct surface {
    std::uint32_t begin;
    std::uint32_t size;
    std::uint32_t term;
  };

  std::uint32_t intern_new(std::string_view s, std::uint64_t hash, std::uint32_t begin,
                           token_kind kind);
  std::uint32_t add_term(const term_form& form, token_kind kind);
  std::uint32_t intern_stem(const std::string& stem, std::uint64_t hash);

  std::string_view text_;
  std::size_t language_id_;
  std::vector<term>& terms_;
  std::vector<std::string>& stems_;
  std::vector<surface> surfaces_;
  flat_index surface_index_;
  flat_index key_index_;
  flat_index stem_index_;
  std::array<std::uint32_t, 128> single_ascii_;  // term of each one-byte ASCII token
  term_form scratch_;
};

}  // namespace newslib::detail
