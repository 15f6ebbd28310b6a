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
#include "summarize/scorer.hpp"
#include "summarize/sentence_graph.hpp"

namespace newslib::detail {

namespace {

constexpr double cosine_threshold = 0.1;

}  // namespace

std::vector<double> score_lexrank(const scorer_context& context) {
  const sentence_vectors& v = context.vectors;
  const weighted_graph graph = build_graph(
      v.sentence_count(), true, [&](std::size_t i, std::size_t j) { return v.cosine(i, j); });
  return pagerank(graph);
}

std::vector<double> score_lexrank_threshold(const scorer_context& context) {
  const sentence_vectors& v = context.vectors;
  const weighted_graph graph =
      build_graph(v.sentence_count(), true, [&](std::size_t i, std::size_t j) {
        return v.cosine(i, j) > cosine_threshold ? 1.0 : 0.0;
      });
  return pagerank(graph);
}

}  // namespace newslib::detail
