// Choosing the top keyphrases without near-duplicates.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "keywords/phrase_finder.hpp"
#include "keywords/scored_phrase.hpp"

namespace newslib::detail {

struct selection_options {
  std::size_t top = 10;
  /// "Much stronger": a shorter phrase beats a longer one that contains it
  /// only when its strength is at least this many times the longer one's.
  double dominance = 2.0;
  /// YAKE's string deduplication: a phrase whose key is more similar than
  /// this (1 - Levenshtein distance / longer length, over code points) to an
  /// already chosen key is skipped. 1 turns it off.
  double max_similarity = 1.0;
};

/// Picks up to `top` phrases from `candidates`, going best first (by
/// `better_phrase`), so that near-duplicates stay only when both earn it. A
/// phrase "stands on its own" against other phrases when more than half of its
/// occurrences share no token with theirs.
///  - Containment, shorter chosen first ("korea", then "south korea"): if the
///    shorter is `dominance` times as strong, the longer is dropped; else, if
///    the shorter still stands on its own, both stay; otherwise the longer,
///    more specific phrase takes the shorter one's place.
///  - Otherwise a phrase must stand on its own against the chosen phrases:
///    this drops a shorter phrase found mostly inside a chosen longer one
///    ("korea" after "south korea") and a phrase that mostly overlaps a chosen
///    one ("deterring north korean" after "north korean aggression").
/// The result is sorted best first.
[[nodiscard]] std::vector<scored_phrase> select_phrases(std::vector<scored_phrase> candidates,
                                                        const phrase_finder& finder,
                                                        const selection_options& options);

/// 1 - (Levenshtein distance / length of the longer string), over code points
/// of valid UTF-8; 1 for two empty strings.
[[nodiscard]] double levenshtein_similarity(std::string_view a, std::string_view b);

/// True if `inner` occurs as a contiguous part of `outer` (and is shorter).
[[nodiscard]] bool contains_phrase(const stem_sequence& outer, const stem_sequence& inner);

}  // namespace newslib::detail
