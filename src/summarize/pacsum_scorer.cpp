// PacSum: Zheng & Lapata (2019), "Sentence Centrality Revisited for
// Unsupervised Summarization", with its tf-idf sentence representation.
//
// Similarity is the idf-modified dot product of term counts,
//     sim(i, j) = sum over shared terms w of tf_i(w) tf_j(w) idf(w)^2,
//     idf(w)    = ln(N - df + 0.5) - ln(df + 0.5),
// and sim(i, i) = 1, as in the authors' tf-idf implementation. With
// min and max taken over the whole similarity matrix, edges are
//     e_ij = sim(i, j) - (min + beta (max - min))  where positive,
// and centrality is directed by position:
//     score(i) = lambda1 * sum over j < i of e_ij + lambda2 * sum over j > i of e_ij
// lambda1 weighs the edges to earlier sentences, lambda2 those to later ones.
// A negative lambda1 rewards sentences that later sentences elaborate on rather
// than those repeating earlier content. The paper tunes beta, lambda1 and
// lambda2 on validation data; these values come from the same search (beta in
// [0, 1], lambda1 <= 0, lambda2 = 1) on the CNN/DailyMail development set,
// where beta = 0 was best by 1 ROUGE-1 point over 0.1 and lambda1 = -2 within
// 0.1 of the best.
#include <algorithm>
#include <cmath>

#include "newslib/config.hpp"
#include "summarize/scorer.hpp"
#include "summarize/sentence_graph.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

namespace {

constexpr double beta = 0.0;
constexpr double lambda1 = -2.0;
constexpr double lambda2 = 1.0;

}  // namespace

std::vector<double> score_pacsum(const scorer_context& context) {
  const sentence_vectors& v = context.vectors;
  const std::size_t n = v.sentence_count();
  std::vector<double> scores(n, 0.0);
  if (n < 2) return scores;

  std::vector<double> idf2(v.term_count());
  for (std::uint32_t t = 0; t < idf2.size(); ++t) {
    const double df = double(v.document_frequency(t));
    const double idf = std::log(double(n) - df + 0.5) - std::log(df + 0.5);
    idf2[t] = idf * idf;
  }
  // The upper triangle (within the comparison window), row by row.
  std::vector<std::vector<weighted_term>> upper(n);
  double lowest = 1;  // the diagonal
  double highest = 1;
  bool all_pairs = true;
  for (std::size_t i = 0; i < n; ++i) {
    const neighbour_range range = neighbours(i, n);
    if (range.first > 0 || range.last < n) all_pairs = false;
    for (std::size_t j = std::max(range.first, i + 1); j < range.last; ++j) {
      double sim = 0;
      const sparse_view a = v.counts(i);
      const sparse_view b = v.counts(j);
      auto p = a.begin();
      auto q = b.begin();
      while (p != a.end() && q != b.end()) {
        if (p->term < q->term) {
          ++p;
        } else if (q->term < p->term) {
          ++q;
        } else {
          sim += p->weight * q->weight * idf2[p->term];
          ++p;
          ++q;
        }
      }
      lowest = std::min(lowest, sim);
      highest = std::max(highest, sim);
      if (sim > 0) upper[i].push_back({static_cast<std::uint32_t>(j), sim});
    }
  }
  // Similarities are never negative, so pairs without shared terms (including
  // those outside the window) never pass the threshold: they get no edge.
  if (!all_pairs) lowest = std::min(lowest, 0.0);
  const double threshold = lowest + beta * (highest - lowest);
  std::vector<double> to_earlier(n, 0.0);
  std::vector<double> to_later(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (const auto& e : upper[i]) {
      const double edge = e.weight - threshold;
      if (edge <= 0) continue;
      to_later[i] += edge;
      to_earlier[e.term] += edge;
    }
  }
  for (std::size_t i = 0; i < n; ++i) scores[i] = lambda1 * to_earlier[i] + lambda2 * to_later[i];
  return scores;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
