// newslib: calendar dates found in news text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE

/// A proleptic Gregorian calendar date (like C++20 `year_month_day`).
struct NEWSLIB_API calendar_date {
  int year = 0;
  unsigned month = 0;  // 1..12
  unsigned day = 0;    // 1..31, valid for the month and year

  /// ISO 8601 form, "YYYY-MM-DD".
  [[nodiscard]] std::string iso() const;
  friend bool operator==(const calendar_date& a, const calendar_date& b) noexcept {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator!=(const calendar_date& a, const calendar_date& b) noexcept {
    return !(a == b);
  }
};

/// How to read an all-numeric date whose order is ambiguous, such as "06/09/2025".
/// Unambiguous forms ("2025-09-06", "25/12/2025") ignore this.
enum class date_order {
  month_first,  // 06/09/2025 is June 9 (US usage; the default)
  day_first,    // 06/09/2025 is September 6 (most of the world)
};

struct date_options {
  date_order numeric_order = date_order::month_first;
  /// Year for forms without one ("Sept. 6"); nullopt means such forms give no date.
  std::optional<int> default_year;
};

/// Parses one date written in news style: "Sat. Sep 6th, 2025", "September 6, 2025",
/// "6 Sept 2025", "2025-09-06", "Sept. 6", "06/09/2025", in the supported
/// languages' month names. Leading and trailing whitespace is ignored; anything
/// else that is not part of a date makes it fail. Returns nullopt if no valid date.
[[nodiscard]] NEWSLIB_API std::optional<calendar_date> parse_date(std::string_view text,
                                                                  const date_options& options = {});

/// A date found inside a longer text, and where.
struct date_match {
  calendar_date date;
  std::size_t begin = 0;  // byte offsets into the searched text
  std::size_t end = 0;
};

/// Finds the first date inside `text` (for example inside a dateline).
[[nodiscard]] NEWSLIB_API std::optional<date_match> find_date(std::string_view text,
                                                              const date_options& options = {});

NEWSLIB_END_NAMESPACE
