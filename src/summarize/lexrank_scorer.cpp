// LexRank: Erkan & Radev (2004), "LexRank: Graph-based Lexical Centrality as
// Salience in Text Summarization".
//
// Sentences are nodes; the edge between two sentences is the idf-modified
// cosine of their tf-idf vectors (a sentence's similarity to itself, 1, is
// kept, as in the paper's algorithms). Scores are the stationary distribution
// of a random walk with damping 0.85, by power iteration to 1e-10.
//   lexrank            continuous LexRank: edges weighted by the cosine.
//   lexrank-threshold  the thresholded variant: an unweighted edge wherever the
//                      cosine exceeds 0.1, each row normalised by its degree.
#include "summarize/pair_cosines.hpp"
#include "summarize/scorer.hpp"
#include "summarize/sentence_graph.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

namespace {

constexpr double cosine_threshold = 0.1;

// The cosine of every pair the graph compares. When it compares all pairs,
// they are computed once each from the term postings (`pair_cosines`, equal
// to `sentence_vectors::cosine` bit for bit); a windowed graph of a huge
// document computes each pair directly and keeps no table.
template <class Edge>
weighted_graph cosine_graph(const sentence_vectors& v, Edge&& edge) {
  const std::size_t n = v.sentence_count();
  if (n <= graph_window) {
    // No larger than the complete graph the cosines go into.
    const pair_cosines cosine(v, n, n, n * n);
    return build_graph(n, true,
                       [&](std::size_t i, std::size_t j) { return edge(cosine(i, j)); });
  }
  return build_graph(n, true,
                     [&](std::size_t i, std::size_t j) { return edge(v.cosine(i, j)); });
}

}  // namespace

std::vector<double> score_lexrank(const scorer_context& context) {
  return pagerank(cosine_graph(context.vectors, [](double c) { return c; }));
}

std::vector<double> score_lexrank_threshold(const scorer_context& context) {
  return pagerank(cosine_graph(context.vectors,
                               [](double c) { return c > cosine_threshold ? 1.0 : 0.0; }));
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
