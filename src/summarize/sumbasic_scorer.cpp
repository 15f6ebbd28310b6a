// SumBasic: Nenkova & Vanderwende (2005), "The Impact of Frequency on
// Summarization" (MSR-TR-2005-101).
//
// 1. p(w) = occurrences of content term w / all content-term occurrences.
// 2. A sentence weighs the average p of its content tokens.
// 3. Among the sentences containing the most probable remaining word, choose
//    the heaviest.
// 4. Square p of every word in the chosen sentence (p_new = p_old^2), so that
//    content already covered counts less, and repeat from 2.
// SumBasic is a selector, so scores come from the selection order: the k-th
// sentence chosen (k = 0, 1, ...) scores (n - k) / n. "Most probable remaining
// word" means the most probable word that still occurs in an unchosen
// sentence; sentences without content terms come last, in document order.
// Ties go to the earlier word (first occurrence) and the earlier sentence.
//
// Each choice reads the postings of one word, which in a huge document of
// similar sentences hold most of the document, so the loop is quadratic there.
// Once `posting_budget` entries have been read (news articles stay far below:
// a 3,000-sentence document reads at most 9 million), the sentences not yet
// chosen follow in order of their weight under the probabilities reached,
// which keeps the cost linear.
#include <algorithm>
#include <queue>

#include "newslib/config.hpp"
#include "summarize/scorer.hpp"
#include "summarize/term_postings.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

namespace {

constexpr std::size_t posting_budget = 20'000'000;

}  // namespace

std::vector<double> score_sumbasic(const scorer_context& context) {
  const sentence_vectors& v = context.vectors;
  const std::size_t n = v.sentence_count();
  const std::size_t vocabulary = v.term_count();
  std::vector<double> scores(n, 0.0);
  if (n == 0) return scores;

  std::vector<double> p(vocabulary);
  for (std::uint32_t t = 0; t < vocabulary; ++t) {
    p[t] = double(v.term_frequency(t)) / double(v.total_content_terms());
  }
  const term_postings postings(v);
  std::vector<std::size_t> remaining(vocabulary);
  for (std::uint32_t t = 0; t < vocabulary; ++t) remaining[t] = postings.of(t).size();
  std::vector<bool> chosen(n, false);

  // Probabilities only fall, so a max-heap with lazy deletion finds the most
  // probable word: stale entries are skipped when popped.
  struct entry {
    double p;
    std::uint32_t term;
    bool operator<(const entry& other) const noexcept {
      if (p != other.p) return p < other.p;
      return term > other.term;  // earlier word first
    }
  };
  std::priority_queue<entry> heap;
  for (std::uint32_t t = 0; t < vocabulary; ++t) heap.push({p[t], t});

  auto weight = [&](std::size_t s) {
    const term_ids words = v.content_terms(s);
    double sum = 0;
    for (std::uint32_t t : words) sum += p[t];
    return sum / double(words.size());
  };

  std::size_t order = 0;
  std::size_t postings_read = 0;
  while (!heap.empty() && postings_read < posting_budget) {
    const entry top = heap.top();
    heap.pop();
    if (top.p != p[top.term] || remaining[top.term] == 0) continue;
    std::size_t best = n;
    double best_weight = -1;
    postings_read += postings.of(top.term).size();
    for (std::uint32_t s : postings.of(top.term)) {
      if (chosen[s]) continue;
      const double w = weight(s);
      if (w > best_weight) {
        best_weight = w;
        best = s;
      }
    }
    chosen[best] = true;
    scores[best] = double(n - order) / double(n);
    ++order;
    for (const auto& e : v.counts(best)) {
      --remaining[e.term];
      p[e.term] *= p[e.term];
      if (remaining[e.term] > 0) heap.push({p[e.term], e.term});
    }
  }
  // Past the budget: the unchosen sentences with content terms by weight
  // (ties to the earlier), then those without, in document order.
  std::vector<std::uint32_t> rest;
  std::vector<double> rest_weight(n, 0.0);
  for (std::size_t s = 0; s < n; ++s) {
    if (chosen[s] || v.content_terms(s).empty()) continue;
    rest.push_back(static_cast<std::uint32_t>(s));
    rest_weight[s] = weight(s);
  }
  std::stable_sort(rest.begin(), rest.end(), [&](std::uint32_t a, std::uint32_t b) {
    return rest_weight[a] > rest_weight[b];
  });
  for (std::uint32_t s : rest) {
    chosen[s] = true;
    scores[s] = double(n - order++) / double(n);
  }
  for (std::size_t s = 0; s < n; ++s) {
    if (!chosen[s]) scores[s] = double(n - order++) / double(n);
  }
  return scores;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
