// Month and weekday names of the supported languages, for the date scanner.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

struct calendar_word {
  unsigned month = 0;               // 1..12, or 0 if the word names no month
  unsigned weekday = 0;             // 1..7 (Monday is 1), or 0
  bool month_abbreviation = false;  // may be followed by a dot ("Sept.")
  bool weekday_abbreviation = false;
  bool short_weekday = false;       // two letters ("Sa."): only with a dot or comma
  bool common_word = false;         // also an ordinary word ("may", "set", "out")
  std::uint32_t languages = 0;      // bit i: supported_language_codes()[i] uses it
};

/// The entry for a word already case-folded (see fold_simple_case), or nullptr.
const calendar_word* find_calendar_word(std::string_view folded) noexcept;

/// False when no calendar word of `bytes` bytes starts with the ASCII letter
/// `first` (lower case): a quick test before folding and looking a word up.
bool may_be_calendar_word(char first, std::size_t bytes) noexcept;

/// Bit of language `code` in calendar_word::languages; 0 for other codes.
std::uint32_t calendar_language_bit(std::string_view code) noexcept;

}  // namespace detail
NEWSLIB_END_NAMESPACE
