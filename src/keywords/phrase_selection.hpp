// Choosing the top keyphrases without near-duplicates.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "newslib/config.hpp"
#include "keywords/phrase_finder.hpp"
#include "keywords/scored_phrase.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

struct selection_options {
  std::size_t top = 10;
  /// YAKE's string deduplication: a phrase whose key is more similar than
  /// this (1 - Levenshtein distance / longer length, over code points) to an
  /// already chosen key is skipped. 1 turns it off.
  double max_similarity = 1.0;
};

/// Takes candidates best first (by `better_phrase`) and skips one whose stem
/// sequence contains, or is contained in, that of a phrase already taken
/// ("south korea" after "korea", "korea" after "south korea"): the better of
/// two nested phrases stands for both. A hyphenated word counts as the
/// sequence of its parts ("jobs" and "job-market" nest). Nothing depends on `top` but where the
/// list stops, so `top = k` is the prefix of `top = k + 1`, and the list is
/// shorter than `top` only when fewer candidates are left that nest in none.
/// The result is sorted best first.
[[nodiscard]] std::vector<scored_phrase> select_phrases(std::vector<scored_phrase> candidates,
                                                        const phrase_finder& finder,
                                                        const selection_options& options);

/// 1 - (Levenshtein distance / length of the longer string), over code points
/// of valid UTF-8; 1 for two empty strings.
[[nodiscard]] double levenshtein_similarity(std::string_view a, std::string_view b);

/// True if `inner` occurs as a contiguous part of `outer` (and is shorter).
[[nodiscard]] bool contains_phrase(const stem_sequence& outer, const stem_sequence& inner);

}  // namespace detail
NEWSLIB_END_NAMESPACE
