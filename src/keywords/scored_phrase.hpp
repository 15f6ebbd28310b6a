// A keyphrase candidate with its score, as the keyword algorithms produce it.
#pragma once

#include <cstddef>

#include "newslib/config.hpp"
#include "keywords/phrase_finder.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

struct scored_phrase {
  stem_sequence stems;
  std::size_t first_token = 0;  // first token of the first occurrence
  double score = 0;             // the public score: higher is better
  /// Also higher is better, but on a ratio scale ("twice as strong" means
  /// something), for the near-duplicate rule. TextRank: the score itself;
  /// YAKE: 1 / S, the inverse of its lower-is-better score.
  double strength = 0;
};

/// Orders best first; ties go to the phrase that appears first, then to the
/// shorter one, so results never depend on hash or sort instability.
[[nodiscard]] inline bool better_phrase(const scored_phrase& a, const scored_phrase& b) noexcept {
  if (a.strength != b.strength) return a.strength > b.strength;
  if (a.first_token != b.first_token) return a.first_token < b.first_token;
  return a.stems.size() < b.stems.size();
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
