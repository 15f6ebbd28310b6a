// Words that are not stopwords but never make a keyphrase in news.
#pragma once

#include <string_view>

#include "newslib/config.hpp"
#include "language/stopwords.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// The keyword stoplist of a language (data/keywords/<code>.txt: reporting
/// verbs such as "said", vague time words, weekdays), or nullptr when the
/// language has none. Built on first use and shared (thread-safe).
[[nodiscard]] const stopword_set* keyword_stoplist(std::string_view language);

}  // namespace detail
NEWSLIB_END_NAMESPACE
