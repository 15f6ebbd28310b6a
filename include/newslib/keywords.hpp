// newslib: keywords and keyphrases.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newslib/config.hpp"
#include "newslib/document.hpp"
#include "newslib/span.hpp"

NEWSLIB_BEGIN_NAMESPACE

struct keyword_options {
  std::size_t top = 10;
  std::string algorithm = "default";  // "tfidf", "textrank", "yake", or "default" (= "tfidf")
};

struct keyword {
  std::string text;               // the phrase as it first appears, without clitics
  std::string key;                // normalised form used for deduplication
  /// Higher is better, in [0, 1]; a phrase's score depends on the document
  /// (and corpus) only, never on `top`. See docs/keywords.md per algorithm.
  double score = 0;
  std::vector<span> occurrences;  // every place it appears in the body
};

/// Document frequencies of keyphrase candidates over a collection, so that
/// `keywords(doc, corpus)` weights a phrase by how many of the collection's
/// documents hold it (two passes: add every document, then ask).
///
/// **Example**:
///   newslib::keyword_corpus corpus;
///   for (const auto& d : docs) corpus.add(d);
///   for (const auto& d : docs) auto ks = newslib::keywords(d, corpus);
///
/// `add` and `merge` change the corpus; `keywords` only reads it, so many
/// threads may call it at once once the corpus is complete.
class NEWSLIB_API keyword_corpus {
 public:
  /// Counts the document once, and each of its candidate phrases once.
  void add(const document& doc);
  /// Adds the counts of `other` (built from other documents) to this corpus.
  void merge(const keyword_corpus& other);

  [[nodiscard]] std::size_t documents() const noexcept { return documents_; }
  /// Documents whose candidates include the phrase of `key` (keyword::key).
  [[nodiscard]] std::size_t frequency(const std::string& key) const noexcept;

 private:
  std::size_t documents_ = 0;
  std::unordered_map<std::string, std::uint32_t> frequency_;
};

/// Names of the keyword algorithms.
[[nodiscard]] NEWSLIB_API const std::vector<std::string>& keyword_algorithms();

/// Throws `invalid_argument` (naming "algorithm") when keywords() would refuse
/// `options`; for callers that check a request before any work is done.
NEWSLIB_API void check_keyword_options(const keyword_options& options);

/// The document's best keyphrases, best first, none a part of another;
/// `top = k` gives the first k phrases of `top = k + 1`.
[[nodiscard]] NEWSLIB_API std::vector<keyword> keywords(const document& doc,
                                                        const keyword_options& options = {});

/// The same, weighting phrases by their document frequency in `corpus`
/// (algorithm "tfidf" or "default" only: others throw invalid_argument).
[[nodiscard]] NEWSLIB_API std::vector<keyword> keywords(const document& doc,
                                                        const keyword_corpus& corpus,
                                                        const keyword_options& options = {});

NEWSLIB_END_NAMESPACE
