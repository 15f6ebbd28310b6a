// Normalised keys for matching words: NFKC followed by full case folding.
#pragma once

#include <string>
#include <string_view>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Writes the key of `text` (valid UTF-8) to `out`, replacing its contents:
/// NFKC, then full case folding ("Straße" → "strasse", "ﬁ" → "fi"), then NFKC
/// again where folding left a non-normalised string, so the key is stable when
/// applied twice. ASCII text takes a fast path (plain lowercasing, which is the
/// same thing there). Keys can be longer or shorter than the text.
void term_key(std::string_view text, std::string& out);

/// True if every byte of `text` is ASCII.
bool is_ascii(std::string_view text) noexcept;

}  // namespace detail
NEWSLIB_END_NAMESPACE
