// Cheap per-sentence features for the learned scorer.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "newslib/document.hpp"
#include "summarize/pair_cosines.hpp"
#include "summarize/sentence_vectors.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Sentences further apart than this are not compared by the pairwise
/// features (mean, forward, backward and maximum similarity): each sentence
/// meets at most 2 * window others, so the cost stays linear in the sentence
/// count for huge documents, and documents of up to window + 1 sentences are
/// compared in full.
inline constexpr std::size_t similarity_window = 150;

/// The feature names, in the order of a feature row. A model trained on these
/// features stores the same names and is refused if they differ.
[[nodiscard]] const std::vector<std::string>& sentence_feature_names();

/// One row of features per sentence, row-major.
struct feature_matrix {
  std::size_t rows = 0;
  std::size_t columns = 0;
  std::vector<double> values;

  [[nodiscard]] const double* row(std::size_t r) const noexcept {
    return values.data() + r * columns;
  }
  [[nodiscard]] double at(std::size_t r, std::size_t c) const noexcept {
    return values[r * columns + c];
  }
};

/// Computes the features of every sentence of `doc`, in sentence order. All
/// similarities are cosines of the sentences' tf-idf vectors (`vectors`). Cost:
/// linear in the document's tokens plus O(n * min(n, 2 * similarity_window))
/// sparse dot products and an O(n log n) sort for n sentences.
[[nodiscard]] feature_matrix compute_sentence_features(const document& doc,
                                                       const sentence_vectors& vectors);
/// The same with the pair cosines given (`feature_cosines`), for a caller that
/// uses them too.
[[nodiscard]] feature_matrix compute_sentence_features(const document& doc,
                                                       const sentence_vectors& vectors,
                                                       const pair_cosines& cosine);

/// The pair cosines the features use: pairs up to `similarity_window` apart,
/// tabled up to 1 MiB (news articles need a few KiB); longer documents compute
/// each pair where it is used.
[[nodiscard]] pair_cosines feature_cosines(const sentence_vectors& vectors);

}  // namespace detail
NEWSLIB_END_NAMESPACE
