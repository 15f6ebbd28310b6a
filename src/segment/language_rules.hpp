// Per-language knowledge the sentence splitter consults: abbreviations, the
// words that typically open a sentence, and which marks end a sentence.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newslib/config.hpp"
#include "util/flat_index.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// How an abbreviation behaves before the next word.
enum class abbreviation_kind : std::uint8_t {
  none,     ///< not an abbreviation
  title,    ///< precedes a name ("Mr.", "Gen."): never ends a sentence before a capital
  numeric,  ///< precedes a number ("No. 10", "p. 55"); an ordinary word otherwise
  general,  ///< may end a sentence: only a typical sentence opener after it starts a new one
  final,    ///< often ends a sentence ("p.m.", "etc."): any capital after it starts a new one
};

/// Immutable rules for one language, built once from data/abbreviations/<code>.txt.
struct language_rules {
  std::string code;  ///< "en", "de", ... or "" for the generic rules

  bool ordinal_period = false;     ///< "am 3. Oktober": a number and a period form an ordinal
  bool colon_terminates = false;   ///< ':' ends a sentence (Armenian, Arabic)
  bool comma_terminates = false;   ///< '،' ends a clause-level sentence (Arabic)
  bool semicolon_question = false; ///< ';' is the question mark (Greek)
  bool pronoun_i = false;          ///< "I" is a pronoun, so "you and I." can end a sentence
  bool lowercase_start = false;    ///< sentences may open in lowercase (informal Greek, Kazakh)

  /// Kind of the abbreviation spelled `folded` (case-folded, without the final period).
  [[nodiscard]] abbreviation_kind lookup(std::string_view folded) const noexcept;
  /// Whether the case-folded word typically opens a sentence ("the", "however").
  [[nodiscard]] bool is_starter(std::string_view folded) const noexcept;
  [[nodiscard]] bool has_starters() const noexcept { return starters_.size() != 0; }

  /// Parses a list file (see data/abbreviations/en.txt for the format) into rules.
  void load(std::string_view file);

 private:
  // A set of words, each with a kind, looked up without allocating.
  class word_table {
   public:
    void set(const std::string& word, abbreviation_kind kind);
    [[nodiscard]] const abbreviation_kind* find(std::string_view word) const noexcept;
    [[nodiscard]] std::size_t size() const noexcept { return words_.size(); }

   private:
    std::vector<std::pair<std::string, abbreviation_kind>> words_;
    flat_index index_;
  };

  word_table abbreviations_;
  std::size_t longest_ = 0;  // bytes of the longest abbreviation: longer words skip the lookup
  word_table starters_;      // kinds unused
};

/// Rules for an ISO 639-1 code ("en", "de-AT" → "de"); unknown codes get the
/// generic rules. Built on first use and shared; thread-safe.
const language_rules& rules_for(std::string_view language);

/// Appends the key under which the lists hold `word`: folded by
/// fold_simple_case, with the typographic apostrophe read as '.
void append_abbreviation_key(std::string_view word, std::string& out);

}  // namespace detail
NEWSLIB_END_NAMESPACE
