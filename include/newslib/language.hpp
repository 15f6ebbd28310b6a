// newslib: languages, their identification and their resources.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE

/// A language identified from text: an ISO 639-1 code ("en"), or "und" when
/// no language could be told, and a confidence in [0, 1].
struct language_guess {
  std::string code = "und";
  double confidence = 0.0;
};

/// Languages with full support: stopwords, abbreviations, Snowball stemming.
[[nodiscard]] NEWSLIB_API const std::vector<std::string>& supported_languages();

/// True if `code` is one of `supported_languages()`.
[[nodiscard]] NEWSLIB_API bool is_supported_language(std::string_view code) noexcept;

/// Identifies the language of `text` among the supported languages.
/// Text in another language (or too short to tell) gives "und" with low confidence.
[[nodiscard]] NEWSLIB_API language_guess identify_language(std::string_view text);

NEWSLIB_END_NAMESPACE
