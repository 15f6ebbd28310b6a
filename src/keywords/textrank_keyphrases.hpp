// TextRank keyphrases (Mihalcea & Tarau 2004).
#pragma once

#include <cstddef>
#include <vector>

#include "newslib/config.hpp"
#include "keywords/phrase_finder.hpp"
#include "keywords/scored_phrase.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// PageRank over a graph of content-word stems, then phrases of adjacent
/// keywords:
///  - vertices: stems of content words (numbers take no part);
///  - edges: two stems are linked when their words are neighbours in a
///    sentence once stopwords and punctuation are removed (a window of 2, as in
///    the paper's Figure 2), weighted by how often that happens;
///  - weighted PageRank, damping 0.85, until no score moves by 1e-9;
///  - keywords: the best third of the vertices (the paper's T = |V|/3), but at
///    least `min_keywords` when there are that many;
///  - phrases: maximal runs of keyword tokens inside a content run, of at most
///    four words (a longer run is a list, not a phrase, and forms none); a
///    phrase weighs the sum s of its words' PageRank (so a phrase outranks its
///    parts, and the near-duplicate rule decides whether a part also stays);
///  - every word is also a one-word candidate weighing its PageRank;
///  - score = s / (s + 1), in [0, 1); strength = s.
[[nodiscard]] std::vector<scored_phrase> textrank_keyphrases(const document& doc,
                                                             const phrase_finder& finder,
                                                             std::size_t min_keywords);

}  // namespace detail
NEWSLIB_END_NAMESPACE
