// Candidate keyphrases: runs of content words, and where a phrase occurs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "newslib/document.hpp"

namespace newslib::detail {

class stopword_set;

/// A phrase as the sequence of its words' stem ids (`document::stems()`):
/// "Korea", "korea" and "Korea's" are one phrase.
using stem_sequence = std::vector<std::uint32_t>;

/// A maximal run of content tokens within one sentence: consecutive word or
/// number tokens that are neither stopwords nor on the keyword stoplist.
/// Punctuation, symbols and such words end a run, and so does the sentence.
struct content_run {
  std::size_t sentence = 0;  // index into `document::sentences()`
  std::size_t first = 0;     // index of the run's first token
  std::size_t size = 0;      // number of tokens
};

/// The content runs of a document and an index to find phrases in them.
class phrase_finder {
 public:
  explicit phrase_finder(const document& doc);

  [[nodiscard]] const std::vector<content_run>& runs() const noexcept { return runs_; }

  /// True for a term that cannot be part of a keyphrase: a stopword of the
  /// document's language or a word on its keyword stoplist ("said").
  [[nodiscard]] bool is_stopword(const term& t) const noexcept;

  /// True for a token that may be part of a keyphrase: a word or number that
  /// is not `is_stopword`.
  [[nodiscard]] bool is_content(const token& t) const noexcept;

  /// Index of the first token of every occurrence of `phrase` inside a run,
  /// in text order, without overlaps ("a a" occurs once in "a a a").
  [[nodiscard]] std::vector<std::size_t> occurrences(const stem_sequence& phrase) const;

  /// The phrase's key: its stems joined by single spaces.
  [[nodiscard]] std::string key(const stem_sequence& phrase) const;

 private:
  const document& doc_;
  const stopword_set* stoplist_;  // may be null
  std::vector<content_run> runs_;
  // For each stem id, the (token index, end of its run) of its content tokens.
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> positions_;
};

}  // namespace newslib::detail
