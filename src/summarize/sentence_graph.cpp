#include "summarize/sentence_graph.hpp"

#include <algorithm>
#include <cmath>

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

std::size_t graph_half_width(std::size_t n) noexcept {
  if (n <= graph_window) return n;
  return std::clamp<std::size_t>(graph_pair_budget / (2 * n), 1, graph_window / 2);
}

neighbour_range neighbours(std::size_t i, std::size_t n) noexcept {
  if (n <= graph_window) return {0, n};
  const std::size_t half = graph_half_width(n);
  return {i > half ? i - half : 0, std::min(n, i + half + 1)};
}

std::vector<double> pagerank(const weighted_graph& graph, const pagerank_options& options) {
  const std::size_t n = graph.edges.size();
  if (n == 0) return {};
  std::vector<double> out_weight(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (const auto& e : graph.edges[i]) out_weight[i] += e.weight;
  }
  const double uniform = 1.0 / double(n);
  std::vector<double> rank(n, uniform);
  std::vector<double> next(n);
  for (std::size_t iteration = 0; iteration < options.max_iterations; ++iteration) {
    double dangling = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (out_weight[i] <= 0) dangling += rank[i];
    }
    const double base = (1 - options.damping) * uniform + options.damping * dangling * uniform;
    std::fill(next.begin(), next.end(), base);
    for (std::size_t i = 0; i < n; ++i) {
      if (out_weight[i] <= 0) continue;
      const double share = options.damping * rank[i] / out_weight[i];
      for (const auto& e : graph.edges[i]) next[e.target] += share * e.weight;
    }
    // Renormalise against rounding drift, then measure the change.
    double total = 0;
    for (double v : next) total += v;
    double change = 0;
    for (std::size_t i = 0; i < n; ++i) {
      next[i] /= total;
      change += std::fabs(next[i] - rank[i]);
    }
    rank.swap(next);
    if (change < options.tolerance) break;
  }
  return rank;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
