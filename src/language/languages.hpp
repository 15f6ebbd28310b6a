// The supported languages as small integer ids, for tables indexed by language.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

inline constexpr std::size_t language_count = 12;

/// ISO 639-1 codes of the supported languages; a language's id is its index.
inline constexpr std::array<std::string_view, language_count> language_codes = {
    "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "fi", "ru"};

inline constexpr std::size_t no_language = language_count;

/// Id of `code`, or `no_language` if it is not supported.
constexpr std::size_t language_id(std::string_view code) noexcept {
  for (std::size_t i = 0; i < language_count; ++i) {
    if (language_codes[i] == code) return i;
  }
  return no_language;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
