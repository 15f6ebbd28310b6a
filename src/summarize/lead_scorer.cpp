// Lead: the position baseline. News puts the most important facts first
// (the "inverted pyramid"), so the first body sentences score highest.
#include "summarize/scorer.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

std::vector<double> score_lead(const scorer_context& context) {
  const std::size_t n = context.vectors.sentence_count();
  std::vector<double> scores(n);
  // (n - i) / n: 1 for the first sentence, falling linearly to 1/n.
  for (std::size_t i = 0; i < n; ++i) scores[i] = double(n - i) / double(n);
  return scores;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
