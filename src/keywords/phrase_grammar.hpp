// What a keyphrase may be made of, per language: clitics, function words and
// the case of words (data/keywords/*.txt and clitics.tsv).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "newslib/config.hpp"
#include "language/stopwords.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// The clitics of a language (data/keywords/clitics.tsv), longest first.
struct clitic_rules {
  std::vector<std::string> prefixes;  // elided articles and pronouns: "l'", "dell'"
  std::vector<std::string> suffixes;  // possessive clitics: "'s"
};

/// The rules of `language`; empty rules for a language without any. Built on
/// first use and shared (thread-safe).
[[nodiscard]] const clitic_rules& clitics_for(std::string_view language);

/// How many bytes of a word are clitics that a keyphrase leaves out.
struct clitic_trim {
  std::size_t front = 0;  // an elided word before the apostrophe ("l'")
  std::size_t back = 0;   // a possessive clitic ("'s")
};

/// Finds the clitics of `word` (its text or its key). Rules are ASCII with "'"
/// standing for both the ASCII apostrophe and U+2019; letters match either
/// case. A clitic is only cut if a letter remains.
[[nodiscard]] clitic_trim find_clitics(std::string_view word, const clitic_rules& rules) noexcept;

/// The words of a language that a keyphrase never holds although they are
/// not stopwords: the language's keyword stoplist (data/keywords/<code>.txt:
/// reporting and modal verbs, calendar words, numerals) and the list shared
/// by all languages (data/keywords/common.txt: photo credits, agencies,
/// units, clock abbreviations, greetings).
class keyword_stopwords {
 public:
  explicit keyword_stopwords(std::string_view language);
  [[nodiscard]] bool contains(std::string_view key) const noexcept;

 private:
  const stopword_set* stopwords_;  // the language's stopwords; may be null
  const stopword_set* language_;   // may be null
  const stopword_set* common_;     // may be null
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
