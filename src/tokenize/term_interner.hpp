// Interning a document's tokens into terms (normalised keys) and stems, so
// normalisation, stemming and stopword lookup run once per distinct form.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newslib/token.hpp"
#include "tokenize/lexicon.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

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

/// Assigns term ids to a document's tokens through the thread's lexicon of
/// the document language (see lexicon.hpp). One interner is alive per thread
/// at a time: it is the document being parsed.
class term_interner {
 public:
  /// `text` must outlive the interner; `language` is the document language
  /// (any code: unsupported ones get no stemming and no stopwords).
  term_interner(std::string_view text, std::string_view language);

  /// Sets the `term` of `count` tokens (a sentence's, say) to its id.
  void intern(packed_token* tokens, std::size_t count) { lexicon_.assign_terms(text_, tokens, count); }

  /// Writes the document's terms and stems (every part sized exactly).
  void finish(term_table& out) { lexicon_.finish_document(text_.size(), out); }

 private:
  std::string_view text_;
  lexicon& lexicon_;
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
