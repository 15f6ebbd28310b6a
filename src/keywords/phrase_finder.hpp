// Candidate keyphrases: grammatical runs of content words, and where a phrase
// occurs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "keywords/phrase_grammar.hpp"
#include "newslib/document.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// A phrase as the sequence of its words' stem ids (`document::stems()`):
/// "Korea", "korea" and "Korea's" are one phrase.
using stem_sequence = std::vector<std::uint32_t>;

/// A maximal run of content words within one sentence that a keyphrase may
/// span (the phrase grammar, docs/keywords.md):
///  - content words are words that are neither stopwords nor on the keyword
///    stoplists, have a letter and more than one character; anything else
///    (punctuation, numbers, symbols, function words) ends a run;
///  - names and common words do not mix: a run is all *proper* (words whose
///    first letter is upper case; a sentence's first word only if the
///    document capitalises it elsewhere too or the language's background
///    table does not list it) or all common, so a verb is not glued to a name
///    ("Rooney | scored") nor a common noun to a first name;
///  - a possessive ends a run ("Obama's | forces") and a word with an elided
///    article starts one ("fin | l'aéroport").
struct content_run {
  std::size_t sentence = 0;  // index into `document::sentences()`
  std::size_t first = 0;     // index of the run's first token
  std::size_t size = 0;      // number of tokens
  bool proper = false;       // a run of capitalised words (a name)
};

/// The content runs of a document and an index to find phrases in them.
class phrase_finder {
 public:
  explicit phrase_finder(const document& doc);

  [[nodiscard]] const document& doc() const noexcept { return doc_; }
  [[nodiscard]] const std::vector<content_run>& runs() const noexcept { return runs_; }

  /// True for a term that cannot be part of a keyphrase (see content_run).
  [[nodiscard]] bool is_stopword(const term& t) const noexcept;

  /// True for a token that may be part of a keyphrase.
  [[nodiscard]] bool is_content(std::size_t token_index) const noexcept {
    return content_[token_index] != 0;
  }

  /// Index of the first token of every occurrence of `phrase` inside a run,
  /// in text order, without overlaps ("a a" occurs once in "a a a").
  [[nodiscard]] std::vector<std::size_t> occurrences(const stem_sequence& phrase) const;

  /// The phrase's key: its stems joined by single spaces.
  [[nodiscard]] std::string key(const stem_sequence& phrase) const;

  /// The bytes of the `size` tokens from `first`, without an elided article
  /// before them or a possessive clitic after them ("l'aéroport" shows as
  /// "aéroport", "Obama's" as "Obama").
  [[nodiscard]] span shown(std::size_t first, std::size_t size) const;

 private:
  const document& doc_;
  keyword_stopwords stopwords_;
  const clitic_rules& clitics_;
  std::vector<char> content_;  // per token
  std::vector<content_run> runs_;
  // For each stem id, the (token index, end of its run) of its content tokens.
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> positions_;
};

/// The candidate phrases of a document: 1- to 3-word phrases inside common
/// runs, and inside proper runs (names) single words and the phrases of up to
/// four words that end where the name ends ("Irish PM Enda Kenny", "Enda
/// Kenny", "Kenny", but not "Irish PM Enda"). Calls `f(first_token, size)`
/// for every occurrence.
template <typename F>
void for_each_candidate(const phrase_finder& finder, F&& f) {
  for (const content_run& run : finder.runs()) {
    const std::size_t end = run.first + run.size;
    const std::size_t longest = run.proper ? 4 : 3;
    for (std::size_t i = run.first; i < end; ++i) {
      for (std::size_t n = 1; n <= longest && i + n <= end; ++n) {
        if (run.proper && i + n != end) continue;
        f(i, n);
      }
    }
  }
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
