// Snowball stemming (libstemmer), one stemmer object per thread and language.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Snowball algorithm name for a supported language id ("english", ...).
const char* snowball_algorithm(std::size_t language_id) noexcept;

/// Longest key that is stemmed; longer ones (no real word is) are their own stem,
/// which keeps a megabyte-long "word" from costing more than a copy.
inline constexpr std::size_t max_stem_input = 128;

/// Writes the Snowball stem of `key` (a normalised, lowercase word) for
/// language id `language_id` to `out`. libstemmer objects are not thread-safe,
/// so each thread keeps its own, created on first use.
void snowball_stem(std::size_t language_id, std::string_view key, std::string& out);

}  // namespace detail
NEWSLIB_END_NAMESPACE
