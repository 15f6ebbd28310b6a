#include "keywords/textrank_keyphrases.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

constexpr double damping = 0.85;
constexpr double tolerance = 1e-9;
constexpr int max_keyphrase_iterations = 200;
// A longer run of keywords is a list or a headline-like string, not a phrase
// (and with the sum it would outrank everything).
constexpr std::size_t max_phrase_words = 4;

bool is_graph_word(const phrase_finder& finder, std::size_t i) noexcept {
  return finder.is_content(i);
}

}  // namespace

std::vector<scored_phrase> textrank_keyphrases(const document& doc, const phrase_finder& finder,
                                               std::size_t min_keywords) {
  const auto& tokens = doc.tokens();
  constexpr std::uint32_t none = static_cast<std::uint32_t>(-1);

  // Vertices in order of first appearance, so ties resolve the same way always.
  std::vector<std::uint32_t> vertex_of(doc.stems().size(), none);
  std::vector<std::size_t> first_seen;
  std::vector<std::map<std::uint32_t, double>> edges;
  for (const sentence& s : doc.sentences()) {
    std::uint32_t previous = none;
    for (std::size_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
      if (!is_graph_word(finder, i)) continue;
      const std::uint32_t stem = doc.term_of(tokens[i]).stem_id;
      if (vertex_of[stem] == none) {
        vertex_of[stem] = static_cast<std::uint32_t>(first_seen.size());
        first_seen.push_back(i);
        edges.emplace_back();
      }
      const std::uint32_t v = vertex_of[stem];
      if (previous != none && previous != v) {
        edges[previous][v] += 1;
        edges[v][previous] += 1;
      }
      previous = v;
    }
  }
  const std::size_t n = first_seen.size();
  if (n == 0) return {};

  std::vector<double> out_weight(n, 0);
  for (std::size_t v = 0; v < n; ++v) {
    for (const auto& [u, w] : edges[v]) out_weight[v] += w;
  }
  std::vector<double> rank(n, 1.0);
  std::vector<double> next(n);
  for (int iteration = 0; iteration < max_keyphrase_iterations; ++iteration) {
    double change = 0;
    for (std::size_t v = 0; v < n; ++v) {
      double sum = 0;
      for (const auto& [u, w] : edges[v]) sum += w / out_weight[u] * rank[u];
      next[v] = (1 - damping) + damping * sum;
      change = std::max(change, std::abs(next[v] - rank[v]));
    }
    rank.swap(next);
    if (change < tolerance) break;
  }

  // The best third of the vertices are keywords.
  std::vector<std::size_t> order(n);
  for (std::size_t v = 0; v < n; ++v) order[v] = v;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return rank[a] > rank[b]; });
  const std::size_t keyword_count = std::min(n, std::max((n + 2) / 3, min_keywords));
  std::vector<char> is_keyword(n, 0);
  for (std::size_t k = 0; k < keyword_count; ++k) is_keyword[order[k]] = 1;

  const auto keyword_vertex = [&](std::size_t i) -> std::uint32_t {
    if (tokens[i].kind != token_kind::word) return none;
    const std::uint32_t v = vertex_of[doc.term_of(tokens[i]).stem_id];
    return v != none && is_keyword[v] ? v : none;
  };

  // Phrases: maximal runs of keyword tokens inside the content runs.
  std::map<stem_sequence, std::size_t> index;
  std::vector<scored_phrase> phrases;
  for (const content_run& run : finder.runs()) {
    std::size_t i = run.first;
    const std::size_t end = run.first + run.size;
    while (i < end) {
      if (keyword_vertex(i) == none) {
        ++i;
        continue;
      }
      scored_phrase phrase;
      phrase.first_token = i;
      for (; i < end && keyword_vertex(i) != none; ++i) {
        phrase.stems.push_back(doc.term_of(tokens[i]).stem_id);
        phrase.score += rank[keyword_vertex(i)];
      }
      if (phrase.stems.size() > max_phrase_words) continue;
      if (index.emplace(phrase.stems, phrases.size()).second) {
        phrases.push_back(std::move(phrase));
      }
    }
  }
  // Every word is a candidate too, so the list fills up to `top` whenever the
  // text has that many words that nest in no chosen phrase.
  for (std::size_t v = 0; v < n; ++v) {
    scored_phrase word;
    word.first_token = first_seen[v];
    word.stems = {doc.term_of(tokens[first_seen[v]]).stem_id};
    word.score = rank[v];
    if (index.emplace(word.stems, phrases.size()).second) phrases.push_back(std::move(word));
  }
  // Public score in [0, 1): s / (s + 1) of the PageRank sum s.
  for (scored_phrase& p : phrases) {
    p.strength = p.score;
    p.score = p.strength / (p.strength + 1);
  }
  return phrases;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
