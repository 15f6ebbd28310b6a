// Per-sentence term vectors shared by the summariser's scorers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "newslib/document.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// One entry of a sparse vector. `term` is a dense content-term id (see
/// `sentence_vectors`), entries are sorted by `term` and never repeat it.
struct weighted_term {
  std::uint32_t term = 0;
  double weight = 0;
};
using sparse_vector = std::vector<weighted_term>;

/// A read-only view of consecutive elements: how `sentence_vectors` hands out
/// the per-sentence parts of its flat arrays. Converts from a vector.
template <typename T>
class array_view {
 public:
  array_view() = default;
  array_view(const T* data, std::size_t size) noexcept : data_(data), size_(size) {}
  // NOLINTNEXTLINE(google-explicit-constructor): a vector is a view of itself
  array_view(const std::vector<T>& v) noexcept : data_(v.data()), size_(v.size()) {}

  [[nodiscard]] const T* begin() const noexcept { return data_; }
  [[nodiscard]] const T* end() const noexcept { return data_ + size_; }
  [[nodiscard]] const T* data() const noexcept { return data_; }
  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] bool empty() const noexcept { return size_ == 0; }
  [[nodiscard]] const T& operator[](std::size_t i) const noexcept { return data_[i]; }

 private:
  const T* data_ = nullptr;
  std::size_t size_ = 0;
};
using sparse_view = array_view<weighted_term>;
using term_ids = array_view<std::uint32_t>;

/// Dot product of two sparse vectors (a merge over their sorted terms).
[[nodiscard]] double dot(sparse_view a, sparse_view b) noexcept;
/// Euclidean length of a sparse vector.
[[nodiscard]] double norm(sparse_view v) noexcept;

/// What every scorer needs to know about the sentences of one document,
/// computed once.
///
/// Content terms are the tokens of kind word or number that are not stopwords,
/// identified by their stem (so "rates" and "rate" are one term, and the
/// stopword list and stemmer of the document's language apply). They get dense
/// ids 0..term_count()-1 in order of first occurrence, which keeps every
/// iteration order fixed and the vectors small.
///
/// Document frequencies treat each sentence as a document. The idf is smoothed
/// so that it is positive and defined for every term, including terms that
/// occur in every sentence and documents with one sentence:
///     idf(t) = ln((1 + N) / (1 + df(t))) + 1      (N = sentence count)
class sentence_vectors {
 public:
  /// Marks a word token that is not a content term (a stopword).
  static constexpr std::uint32_t no_term = UINT32_MAX;

  /// A sentence given as its word-like tokens, for building vectors without a
  /// parsed document (the document constructor reduces to this).
  struct word {
    std::uint32_t stem = 0;  // any id; equal ids are one term
    bool stopword = false;
  };
  struct sentence_words {
    std::vector<word> words;      // word and number tokens, in order
    std::size_t word_count = 0;   // see word_count()
    std::size_t char_count = 0;   // see char_count()
  };

  sentence_vectors() = default;
  explicit sentence_vectors(const document& doc);
  explicit sentence_vectors(const std::vector<sentence_words>& sentences);

  [[nodiscard]] std::size_t sentence_count() const noexcept { return tfidf_norms_.size(); }
  /// Number of distinct content terms in the document's sentences.
  [[nodiscard]] std::size_t term_count() const noexcept { return stem_ids_.size(); }
  /// The `document::stems()` index (or given stem id) of a dense content term.
  [[nodiscard]] std::uint32_t stem_id(std::uint32_t term) const noexcept {
    return stem_ids_[term];
  }

  /// Every word-like token (word or number) of sentence `s` in order: its
  /// content term, or `no_term` for a stopword. Punctuation and symbols are left
  /// out, so positions count words.
  [[nodiscard]] term_ids words(std::size_t s) const noexcept {
    return {words_.data() + word_starts_[s], word_starts_[s + 1] - word_starts_[s]};
  }
  /// The content terms of sentence `s` in order (stopwords left out).
  [[nodiscard]] term_ids content_terms(std::size_t s) const noexcept {
    return {content_.data() + content_starts_[s], content_starts_[s + 1] - content_starts_[s]};
  }
  /// Raw term counts of sentence `s`.
  [[nodiscard]] sparse_view counts(std::size_t s) const noexcept {
    return {counts_.data() + vector_starts_[s], vector_starts_[s + 1] - vector_starts_[s]};
  }
  /// tf-idf vector of sentence `s`: raw count times idf.
  [[nodiscard]] sparse_view tfidf(std::size_t s) const noexcept {
    return {tfidf_.data() + vector_starts_[s], vector_starts_[s + 1] - vector_starts_[s]};
  }
  [[nodiscard]] double tfidf_norm(std::size_t s) const noexcept { return tfidf_norms_[s]; }

  /// Number of sentences containing the term.
  [[nodiscard]] std::size_t document_frequency(std::uint32_t term) const noexcept {
    return df_[term];
  }
  /// Number of occurrences of the term in all sentences.
  [[nodiscard]] std::size_t term_frequency(std::uint32_t term) const noexcept {
    return tf_[term];
  }
  [[nodiscard]] double idf(std::uint32_t term) const noexcept { return idf_[term]; }
  /// Total number of content-term occurrences in all sentences.
  [[nodiscard]] std::size_t total_content_terms() const noexcept { return total_content_; }

  /// Cosine of the tf-idf vectors of two sentences; 0 when either is empty.
  [[nodiscard]] double cosine(std::size_t a, std::size_t b) const noexcept;

  /// Word-like tokens (word, number, URL, e-mail) in sentence `s`, stopwords
  /// included: the unit of word budgets.
  [[nodiscard]] std::size_t word_count(std::size_t s) const noexcept { return word_counts_[s]; }
  /// Unicode code points in the text of sentence `s`: the unit of character budgets.
  [[nodiscard]] std::size_t char_count(std::size_t s) const noexcept { return char_counts_[s]; }

 private:
  // `words` holds every sentence's words; sentence s is [starts[s], starts[s + 1]).
  void build(const std::vector<word>& words, const std::vector<std::size_t>& starts);

  // Each per-sentence list lives in one flat array for all sentences, sentence
  // s at [starts[s], starts[s + 1]): a handful of allocations per document
  // instead of several per sentence. Counts and tf-idf share their starts.
  std::vector<std::uint32_t> stem_ids_;
  std::vector<std::uint32_t> words_;
  std::vector<std::size_t> word_starts_;
  std::vector<std::uint32_t> content_;
  std::vector<std::size_t> content_starts_;
  std::vector<weighted_term> counts_;
  std::vector<weighted_term> tfidf_;
  std::vector<std::size_t> vector_starts_;
  std::vector<double> tfidf_norms_;
  std::vector<std::size_t> df_;
  std::vector<std::size_t> tf_;
  std::vector<double> idf_;
  std::size_t total_content_ = 0;
  std::vector<std::size_t> word_counts_;
  std::vector<std::size_t> char_counts_;
};

/// Okapi BM25 between sentences, each sentence being a document of the
/// collection formed by the document's sentences (Robertson & Zaragoza 2009).
///
///     idf(t)   = ln(N - df + 0.5) - ln(df + 0.5)
///     bm25(q, d) = sum over the content tokens t of q (with repeats) of
///                  idf(t) * f(t,d) * (k1 + 1) / (f(t,d) + k1 * (1 - b + b * |d| / avgdl))
///
/// As in gensim's BM25 (used by its TextRank), an idf that comes out negative
/// (a term in more than half of the sentences) is replaced by
/// `epsilon * average idf`, so common terms still count a little. |d| is the
/// number of content tokens of d and avgdl their mean over all sentences.
class bm25_similarity {
 public:
  struct parameters {
    double k1 = 1.2;
    double b = 0.75;
    double epsilon = 0.25;
  };

  explicit bm25_similarity(const sentence_vectors& vectors) : bm25_similarity(vectors, {}) {}
  bm25_similarity(const sentence_vectors& vectors, const parameters& params);

  [[nodiscard]] double idf(std::uint32_t term) const noexcept { return idf_[term]; }
  /// BM25 score of sentence `target` for the words of sentence `query`.
  [[nodiscard]] double operator()(std::size_t query, std::size_t target) const noexcept;

 private:
  const sentence_vectors* vectors_;
  parameters params_;
  std::vector<double> idf_;
  double average_length_ = 0;
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
