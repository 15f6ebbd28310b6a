// Which sentences a summary may select. Every sentence is scored and ranked;
// some are never worth showing as a summary sentence.
#pragma once

#include <vector>

#include "newslib/document.hpp"
#include "summarize/sentence_vectors.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// One flag per sentence of `doc`, 0 for a sentence the summariser never
/// selects, or an empty vector when every sentence may be selected:
/// - a sentence ending in a colon, which introduces what follows it;
/// - in a document made from a web page: a picture caption's sentences, a
///   heading of fewer than six words (a label such as "Latest"), and a
///   picture credit left inside another block ("Credit: NASA").
[[nodiscard]] std::vector<char> summary_candidates(const document& doc,
                                                   const sentence_vectors& vectors);

}  // namespace detail
NEWSLIB_END_NAMESPACE
