// Luhn (1958), "The Automatic Creation of Literature Abstracts".
//
// Significant words are content terms (stopwords are Luhn's "common words",
// his upper frequency cut-off) that occur at least `min_frequency` times in the
// document (his lower cut-off). Within a sentence, significant words are
// bracketed into clusters where no more than `max_gap` non-significant words
// separate two significant ones; a cluster scores
// (significant words in it)^2 / (words it spans), and a sentence scores its
// best cluster (0 without significant words).
#include <algorithm>

#include "newslib/config.hpp"
#include "summarize/scorer.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

namespace {

constexpr std::size_t min_frequency = 2;
constexpr std::size_t max_gap = 4;

double best_cluster(term_ids words, const std::vector<bool>& significant) {
  double best = 0;
  std::size_t i = 0;
  const std::size_t n = words.size();
  auto is_significant = [&](std::size_t k) {
    return words[k] != sentence_vectors::no_term && significant[words[k]];
  };
  while (i < n) {
    if (!is_significant(i)) {
      ++i;
      continue;
    }
    // A cluster starts at word i; extend it while the next significant word
    // is at most max_gap words away.
    std::size_t last = i;
    std::size_t count = 1;
    std::size_t k = i + 1;
    while (k < n && k - last - 1 <= max_gap) {
      if (is_significant(k)) {
        last = k;
        ++count;
      }
      ++k;
    }
    const double span = double(last - i + 1);
    best = std::max(best, double(count * count) / span);
    i = last + 1;
  }
  return best;
}

}  // namespace

std::vector<double> score_luhn(const scorer_context& context) {
  const sentence_vectors& v = context.vectors;
  std::vector<bool> significant(v.term_count());
  for (std::uint32_t t = 0; t < v.term_count(); ++t) {
    significant[t] = v.term_frequency(t) >= min_frequency;
  }
  std::vector<double> scores(v.sentence_count());
  for (std::size_t s = 0; s < scores.size(); ++s) scores[s] = best_cluster(v.words(s), significant);
  return scores;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
