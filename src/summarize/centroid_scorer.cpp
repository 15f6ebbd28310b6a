// Centroid: Radev, Jing, Styś & Tam (2004), "Centroid-based summarization of
// multiple documents" (MEAD), applied to one document.
//
// The centroid holds the `centroid_size` terms with the highest tf x idf in the
// whole document (tf = occurrences in the document, idf from sentences as
// documents; ties to the earlier term). A sentence's centroid value C_i is the
// cosine between its tf-idf vector and the centroid. As in MEAD's default
// feature set, a position value is added with equal weight,
//     P_i = ((n - i) / n) * max_j C_j      (i = 0 for the first sentence)
// so score(i) = C_i + P_i. MEAD's first-sentence-overlap feature is not used
// (its default weight is 0).
#include <algorithm>
#include <cmath>

#include "newslib/config.hpp"
#include "summarize/scorer.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

namespace {

constexpr std::size_t centroid_size = 20;

}  // namespace

std::vector<double> score_centroid(const scorer_context& context) {
  const sentence_vectors& v = context.vectors;
  const std::size_t n = v.sentence_count();
  std::vector<double> scores(n, 0.0);
  if (n == 0) return scores;

  std::vector<std::uint32_t> terms(v.term_count());
  for (std::uint32_t t = 0; t < terms.size(); ++t) terms[t] = t;
  auto value = [&](std::uint32_t t) { return double(v.term_frequency(t)) * v.idf(t); };
  std::stable_sort(terms.begin(), terms.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return value(a) > value(b); });
  terms.resize(std::min(terms.size(), centroid_size));
  std::sort(terms.begin(), terms.end());
  sparse_vector centroid;
  for (std::uint32_t t : terms) centroid.push_back({t, value(t)});
  const double centroid_norm = norm(centroid);

  double best = 0;
  for (std::size_t s = 0; s < n; ++s) {
    const double denominator = v.tfidf_norm(s) * centroid_norm;
    scores[s] = denominator > 0 ? dot(v.tfidf(s), centroid) / denominator : 0.0;
    best = std::max(best, scores[s]);
  }
  for (std::size_t s = 0; s < n; ++s) scores[s] += double(n - s) / double(n) * best;
  return scores;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
