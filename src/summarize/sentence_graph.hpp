// Sparse sentence graphs and weighted PageRank for the graph-based scorers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Up to `graph_window` sentences the graph scorers compare every pair. Beyond
/// it each sentence is compared only with the sentences at most
/// `graph_half_width(n)` positions away (a banded graph): half a window while
/// that keeps the number of compared (ordered) pairs within
/// `graph_pair_budget`, i.e. up to 40,000 sentences, and a narrower band above,
/// so that a huge document costs at most `graph_pair_budget` comparisons and
/// edges (about 320 MB of edges at most), and never less than each sentence's
/// two neighbours. Time and memory grow linearly with the sentence count. News
/// articles stay far below the window.
inline constexpr std::size_t graph_window = 500;
inline constexpr std::size_t graph_pair_budget = 20'000'000;

/// How far the band reaches on each side of a sentence in a document of `n`
/// sentences: n (everything) up to `graph_window`, else
/// clamp(graph_pair_budget / 2n, 1, graph_window / 2).
[[nodiscard]] std::size_t graph_half_width(std::size_t n) noexcept;

/// The sentences sentence `i` of `n` is compared with: all others (j != i)
/// up to the window size, else those within the band. [first, last).
struct neighbour_range {
  std::size_t first = 0;
  std::size_t last = 0;
};
[[nodiscard]] neighbour_range neighbours(std::size_t i, std::size_t n) noexcept;

/// A directed graph with positive edge weights; `edges[i]` holds the outgoing
/// edges of node i sorted by target.
struct weighted_graph {
  struct edge {
    std::uint32_t target = 0;
    double weight = 0;
  };
  std::vector<std::vector<edge>> edges;
};

/// Builds the graph whose edge i -> j has weight `weight(i, j)`, for the pairs
/// `neighbours` allows (plus i -> i when `self_loops`); weights that are not
/// positive are left out.
template <class Weight>
weighted_graph build_graph(std::size_t n, bool self_loops, Weight&& weight) {
  weighted_graph graph;
  graph.edges.resize(n);
  // Rows are gathered in one scratch buffer and copied out at their exact
  // size: growing each row by doubling would waste up to half its memory.
  std::vector<weighted_graph::edge> row;
  for (std::size_t i = 0; i < n; ++i) {
    const neighbour_range range = neighbours(i, n);
    row.clear();
    for (std::size_t j = range.first; j < range.last; ++j) {
      if (j == i && !self_loops) continue;
      const double w = weight(i, j);
      if (w > 0) row.push_back({static_cast<std::uint32_t>(j), w});
    }
    graph.edges[i].assign(row.begin(), row.end());
  }
  return graph;
}

struct pagerank_options {
  double damping = 0.85;         // probability of following an edge
  double tolerance = 1e-10;      // stop when the L1 change of the vector drops below
  std::size_t max_iterations = 1000;
};

/// Weighted PageRank by power iteration: a walker at node i follows edge i -> j
/// with probability damping * w(i,j) / sum_k w(i,k) and jumps to a uniformly
/// chosen node otherwise; nodes without outgoing edges jump uniformly. Returns
/// the stationary distribution (sums to 1). TextRank's un-normalised form,
/// WS = (1 - d) + d * M^T WS, has the same ranking (it differs by a factor).
[[nodiscard]] std::vector<double> pagerank(const weighted_graph& graph,
                                           const pagerank_options& options = {});

}  // namespace detail
NEWSLIB_END_NAMESPACE
