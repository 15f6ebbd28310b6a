// tf-idf keyphrases with the news signals of position and the headline.
#pragma once

#include <string>
#include <vector>

#include "keywords/phrase_finder.hpp"
#include "keywords/scored_phrase.hpp"
#include "newslib/keywords.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Keys of every candidate of the document, each once (for keyword_corpus).
[[nodiscard]] std::vector<std::string> candidate_keys(const phrase_finder& finder);

/// Each candidate weighs w = tf * idf * position * headline, where
///  - tf: its occurrences as a candidate;
///  - idf: the mean idf of its words' stems (background table,
///    background_idf.hpp), plus `phrase_bonus` per extra word (a phrase is
///    rarer than its words); with a corpus of N documents in which df hold the
///    phrase, a mix of ln((N + 1) / (df + 1)) + 1 and the background idf, the
///    corpus counting N / (N + corpus_prior) of it;
///  - position: 1 + 1 / (1 + index of the sentence where it first occurs);
///  - headline: 1.5 if all its stems occur in the headline.
/// score = w / (w + 10), in [0, 1), and strength = w.
[[nodiscard]] std::vector<scored_phrase> tfidf_keyphrases(const phrase_finder& finder,
                                                          const keyword_corpus* corpus);

}  // namespace detail
NEWSLIB_END_NAMESPACE
