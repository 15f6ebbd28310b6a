// The learned scorer behind the "default" algorithm: gradient-boosted trees
// over cheap sentence features (summarize/features.hpp), trained offline by
// scripts/train_default.py and shipped as data/models/default.txt.
#pragma once

#include <cstddef>
#include <vector>

#include "newslib/document.hpp"
#include "summarize/gbdt_model.hpp"
#include "summarize/pair_cosines.hpp"
#include "summarize/scorer.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// A sentence is redundant when more than this share of its word trigrams
/// already occur in better-scored sentences that were kept.
inline constexpr double redundant_trigram_share = 0.1;
/// How many kept sentences a sentence is compared with by meaning: enough for
/// any summary, and a bound on the cost for a huge document.
inline constexpr std::size_t redundancy_window = 150;

/// The shipped model, parsed once (thread-safe). Throws `newslib::error` if the
/// embedded file is missing or its feature names differ from
/// `sentence_feature_names()`.
[[nodiscard]] const gbdt_model& default_model();

/// Redundancy by meaning: a sentence whose tf-idf cosine (`cosines`, those
/// the features computed) with one of the first `redundancy_window` kept
/// sentences exceeds `max_cosine` repeats it in other words.
struct cosine_redundancy {
  const pair_cosines& cosines;
  double max_cosine = 1.0;
};

/// Moves redundant sentences below all others. Sentences are visited by
/// descending `scores` (ties to the earlier one); a sentence is kept unless more
/// than `redundant_trigram_share` of its trigrams of word-like tokens (compared
/// by their case-folded keys) occur in a sentence kept before it, or, given
/// `by_meaning`, it is too close to a kept sentence in meaning. Kept
/// sentences keep their score; a redundant one gets its score minus
/// `1 + max - min` of all scores, so every kept sentence ranks above every
/// redundant one and each group keeps its own order. Because kept sentences
/// never change once kept, the best k kept sentences are exactly what greedy
/// blocking would pick for a budget of k, for every k.
///
/// A sentence that `candidates` (`summary_candidates`; empty: all) rules out
/// keeps its score and makes no other sentence redundant: it never appears in
/// a summary, so it cannot repeat in one.
[[nodiscard]] std::vector<double> demote_redundant(
    const document& doc, std::vector<double> scores,
    const cosine_redundancy* by_meaning = nullptr,
    const std::vector<char>& candidates = {});

/// Scores every sentence with the learned model: the model's probability p
/// that the sentence belongs in a 3-sentence extract, times a length prior
/// min(1, L / words)^a for a sentence of `words` words when the model carries
/// the parameters `length_words` (L) and `length_exponent` (a), with redundant
/// sentences then demoted (`demote_redundant`). The prior keeps run-on
/// sentences (a photo caption glued to the next sentence) from crowding out
/// shorter ones. With the parameters `lead_boost` (b) and `lead_decay` (d) the
/// score of the sentence at index i is also multiplied by
/// (1 + b * exp(-i / d)) / (1 + b), so every score stays in [0, 1]:
/// a lead prior that the trees must outweigh, because the lead is the story in
/// most news whatever the training sources say. With the parameter
/// `redundant_cosine` sentences that restate a kept one in other words are
/// demoted as well (`cosine_redundancy`). The training script tunes L, a, b,
/// d and the cosine on the training articles.
std::vector<double> score_learned_default(const scorer_context& context);

}  // namespace detail
NEWSLIB_END_NAMESPACE
