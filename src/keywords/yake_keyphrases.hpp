// YAKE keyphrases (Campos et al. 2018, 2020).
#pragma once

#include <vector>

#include "newslib/config.hpp"
#include "keywords/phrase_finder.hpp"
#include "keywords/scored_phrase.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Unsupervised, single-document statistics per term (a term is a stem, so
/// "Korea" and "korea" are one), from the paper:
///  - casing:     max(acronym count, capitalised-not-sentence-initial count) / (1 + ln tf)
///  - position:   ln(ln(3 + median of the indexes of the sentences holding it))
///  - frequency:  tf / (mean + standard deviation of the tf of non-stopwords)
///  - relatedness 1 + (distinct left neighbours / left co-occurrences
///                + distinct right neighbours / right co-occurrences) * tf / max tf,
///                with neighbours taken at distance 1 inside a sentence between
///                punctuation, stopwords included
///  - sentences:  sentences holding it / all sentences
///  S(t) = position * relatedness / (casing + (frequency + sentences) / relatedness).
/// Candidates are the 1- to 3-grams of words inside content runs; a candidate
/// scores S = prod S(t) / (tf(phrase) * (1 + sum S(t))), lower is better.
/// `score` is 1 / (1 + S) and `strength` 1 / S, both higher-is-better.
[[nodiscard]] std::vector<scored_phrase> yake_keyphrases(const document& doc,
                                                         const phrase_finder& finder);

}  // namespace detail
NEWSLIB_END_NAMESPACE
