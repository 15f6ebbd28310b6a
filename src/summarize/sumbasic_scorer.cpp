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
#include <queue>

#include "summarize/scorer.hpp"

namespace newslib::detail {

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
  // Which unchosen sentences contain each word (postings in document order).
  std::vector<std::vector<std::uint32_t>> postings(vocabulary);
  for (std::size_t s = 0; s < n; ++s) {
    for (const auto& e : v.counts(s)) postings[e.term].push_back(static_cast<std::uint32_t>(s));
  }
  std::vector<std::size_t> remaining(vocabulary);
  for (std::uint32_t t = 0; t < vocabulary; ++t) remaining[t] = postings[t].size();
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
    const auto& words = v.content_terms(s);
    double sum = 0;
    for (std::uint32_t t : words) sum += p[t];
    return sum / double(words.size());
  };

  std::size_t order = 0;
  while (!heap.empty()) {
    const entry top = heap.top();
    heap.pop();
    if (top.p != p[top.term] || remaining[top.term] == 0) continue;
    std::size_t best = n;
    double best_weight = -1;
    for (std::uint32_t s : postings[top.term]) {
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
  for (std::size_t s = 0; s < n; ++s) {
    if (!chosen[s]) scores[s] = double(n - order++) / double(n);
  }
  return scores;
}

}  // namespace newslib::detail
