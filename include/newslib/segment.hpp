// newslib: sentence segmentation on its own, without a full parse.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newslib/config.hpp"
#include "newslib/span.hpp"

NEWSLIB_BEGIN_NAMESPACE

/// Splits `text` (valid UTF-8) into sentences and returns their byte spans,
/// trimmed of surrounding whitespace, in order and never overlapping.
/// `language` is an ISO 639-1 code; unsupported languages use generic rules.
/// Linear time; throws `invalid_utf8` for malformed input.
[[nodiscard]] NEWSLIB_API std::vector<span> split_sentences(std::string_view text,
                                                            std::string_view language = "en");

NEWSLIB_END_NAMESPACE
