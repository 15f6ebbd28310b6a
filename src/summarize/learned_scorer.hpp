// The learned scorer behind the "default" algorithm: gradient-boosted trees
// over cheap sentence features (summarize/features.hpp), trained offline by
// scripts/train_default.py and shipped as data/models/default.txt.
#pragma once

#include <vector>

#include "newslib/document.hpp"
#include "summarize/gbdt_model.hpp"
#include "summarize/scorer.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// A sentence is redundant when more than this share of its word trigrams
/// already occur in better-scored sentences that were kept.
inline constexpr double redundant_trigram_share = 0.1;

/// The shipped model, parsed once (thread-safe). Throws `newslib::error` if the
/// embedded file is missing or its feature names differ from
/// `sentence_feature_names()`.
[[nodiscard]] const gbdt_model& default_model();

/// Moves redundant sentences below all others. Sentences are visited by
/// descending `scores` (ties to the earlier one); a sentence is kept unless more
/// than `redundant_trigram_share` of its trigrams of word-like tokens (compared
/// by their case-folded keys) occur in a sentence kept before it. Kept
/// sentences keep their score; a redundant one gets its score minus
/// `1 + max - min` of all scores, so every kept sentence ranks above every
/// redundant one and each group keeps its own order. Because kept sentences
/// never change once kept, the best k kept sentences are exactly what greedy
/// trigram blocking would pick for a budget of k, for every k.
[[nodiscard]] std::vector<double> demote_redundant(const document& doc,
                                                   std::vector<double> scores);

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
/// most news whatever the training sources say. The training script tunes
/// L, a, b and d on the training articles.
std::vector<double> score_learned_default(const scorer_context& context);

}  // namespace detail
NEWSLIB_END_NAMESPACE
