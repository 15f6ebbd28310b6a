// Lines at the top of an article that hold only its date, perhaps labelled:
// "Sat. Sep 6th, 2025", "Published: 2025-09-06", "Updated 10:32 GMT, 6
// September 2025". (A dateline, which opens the story's first paragraph with a
// place and an agency, is dateline.hpp.)
#pragma once

#include <optional>
#include <string_view>

#include "newslib/config.hpp"
#include "meta/date_scanner.hpp"
#include "text/code_point_scan.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// The date of `line` (a trimmed line of `text`) if the line is only a date,
/// perhaps with a label ("Published:", "Updated", "Veröffentlicht am") and
/// clock times, time zones or separators around it. Yearless dates take
/// `default_year` or are ignored.
std::optional<scanned_date> parse_date_only_line(std::string_view text, span line,
                                                 const date_scan_options& options,
                                                 std::optional<int> default_year);

/// True if text[begin, end) holds only clock times, time zones, weekday names
/// and separators ("10:32 GMT,", "| 8:30 a.m. ET", "um 14 Uhr"), or a second
/// labelled date ("Updated Sept. 7, 2025").
bool is_time_like(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace detail
NEWSLIB_END_NAMESPACE
