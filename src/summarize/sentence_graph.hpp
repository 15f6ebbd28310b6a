// Sparse sentence graphs and weighted PageRank for the graph-based scorers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace newslib::detail {

/// Beyond this many sentences the graph scorers compare each sentence only with
/// the sentences at most `graph_window / 2` positions away (a banded graph), so
/// that time and memory grow linearly with the sentence count instead of
/// quadratically. News articles stay far below it.
inline constexpr std::size_t graph_window = 500;

/// The sentences sentence `i` of `n` is compared with: all others (j != i)
/// below the window size, else those within half a window. [first, last).
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
  for (std::size_t i = 0; i < n; ++i) {
    const neighbour_range range = neighbours(i, n);
    for (std::size_t j = range.first; j < range.last; ++j) {
      if (j == i && !self_loops) continue;
      const double w = weight(i, j);
      if (w > 0) graph.edges[i].push_back({static_cast<std::uint32_t>(j), w});
    }
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

}  // namespace newslib::detail
