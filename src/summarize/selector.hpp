// Choosing summary sentences from scores: budget, redundancy control, order.
#pragma once

#include <cstddef>
#include <vector>

#include "newslib/summarize.hpp"
#include "summarize/sentence_vectors.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// The most sentences a budget can take from `n` sentences: N for a sentence
/// budget, ceil(R * n) (at least 1) for a ratio, n for word and character
/// budgets (which are enforced while selecting). The budget must be valid.
[[nodiscard]] std::size_t sentence_limit(const budget& length, std::size_t n) noexcept;

/// Chooses sentences and returns their indices in the order they were chosen.
///
/// With redundancy r = 0 sentences are taken in score order (ties to the
/// earlier sentence). With r > 0 each step takes the candidate maximising the
/// MMR value (Carbonell & Goldstein 1998)
///     (1 - r) * normalised score - r * max cosine to the sentences chosen so far
/// (scores min-max normalised to [0, 1]; cosine of tf-idf vectors), and
/// trigram blocking applies: a candidate sharing a content trigram (three
/// consecutive content terms) with a chosen sentence is passed over; it is
/// considered again, by the same MMR value, only when no other candidate fits.
///
/// Word and character budgets are never exceeded: a sentence that does not fit
/// the room left is skipped and the next one tried. Words are the word-like
/// tokens of the sentences; characters are code points of the summary text, the
/// chosen sentences joined by '\n' (each separator counts one).
///
/// `candidates`, when not empty, has one flag per sentence: a sentence whose
/// flag is 0 is never chosen (it still counts towards a ratio budget's n).
[[nodiscard]] std::vector<std::size_t> select_sentences(const sentence_vectors& vectors,
                                                        const std::vector<double>& scores,
                                                        const budget& length, double redundancy,
                                                        const std::vector<char>& candidates = {});

/// 1-based ranks by descending score, ties to the earlier sentence.
[[nodiscard]] std::vector<std::size_t> rank_scores(const std::vector<double>& scores);

}  // namespace detail
NEWSLIB_END_NAMESPACE
