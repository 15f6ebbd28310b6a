// TextRank: Mihalcea & Tarau (2004), "TextRank: Bringing Order into Texts".
//
//   textrank       similarity(Si, Sj) = |{w : w in Si and w in Sj}| / (log|Si| + log|Sj|)
//                  over content terms (distinct shared terms; |S| counts the
//                  sentence's content tokens; 0 when the denominator is 0).
//   textrank-bm25  Barrios et al. (2016), "Variations of the Similarity
//                  Function of TextRank for Automated Summarization": the edge
//                  i -> j weighs BM25(query = Si, document = Sj) with k1 = 1.2,
//                  b = 0.75 and gensim's floor for negative idf (0.25 x the
//                  average idf); edges below 0.001 are dropped, as gensim does.
// Both rank with weighted PageRank, damping 0.85, power iteration to 1e-10.
#include <cmath>

#include "newslib/config.hpp"
#include "summarize/scorer.hpp"
#include "summarize/sentence_graph.hpp"
#include "summarize/term_postings.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

namespace {

constexpr double bm25_min_weight = 1e-3;

std::size_t shared_terms(sparse_view a, sparse_view b) noexcept {
  std::size_t shared = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (i->term < j->term) {
      ++i;
    } else if (j->term < i->term) {
      ++j;
    } else {
      ++shared;
      ++i;
      ++j;
    }
  }
  return shared;
}

// Number of distinct terms each pair of sentences shares, as an n x n
// matrix (row i, column j); the diagonal is left at 0.
std::vector<std::uint32_t> shared_term_counts(const sentence_vectors& v) {
  const std::size_t n = v.sentence_count();
  const std::size_t vocabulary = v.term_count();
  const term_postings postings(v);
  std::vector<std::uint32_t> shared(n * n, 0);
  for (std::uint32_t t = 0; t < vocabulary; ++t) {
    const term_ids holders = postings.of(t);
    for (std::size_t a = 0; a < holders.size(); ++a) {
      std::uint32_t* row = shared.data() + std::size_t{holders[a]} * n;
      for (std::size_t b = a + 1; b < holders.size(); ++b) ++row[holders[b]];
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) shared[j * n + i] = shared[i * n + j];
  }
  return shared;
}

}  // namespace

std::vector<double> score_textrank(const scorer_context& context) {
  const sentence_vectors& v = context.vectors;
  const std::size_t n = v.sentence_count();
  std::vector<double> log_length(n);
  for (std::size_t s = 0; s < n; ++s) {
    const std::size_t length = v.content_terms(s).size();
    log_length[s] = length > 0 ? std::log(double(length)) : 0.0;
  }
  // Every pair is compared when the graph is complete: then the shared-term
  // counts of all pairs come at once from the postings of each term (only
  // pairs that share a term cost anything) instead of one merge per pair.
  std::vector<std::uint32_t> shared;
  if (n <= graph_window) shared = shared_term_counts(v);
  const weighted_graph graph = build_graph(n, false, [&](std::size_t i, std::size_t j) {
    const double denominator = log_length[i] + log_length[j];
    if (denominator <= 0) return 0.0;
    const std::size_t count =
        shared.empty() ? shared_terms(v.counts(i), v.counts(j)) : shared[i * n + j];
    return double(count) / denominator;
  });
  return pagerank(graph);
}

std::vector<double> score_textrank_bm25(const scorer_context& context) {
  const sentence_vectors& v = context.vectors;
  const bm25_similarity bm25(v);
  const weighted_graph graph =
      build_graph(v.sentence_count(), false, [&](std::size_t i, std::size_t j) {
        const double w = bm25(i, j);
        return w >= bm25_min_weight ? w : 0.0;
      });
  return pagerank(graph);
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
