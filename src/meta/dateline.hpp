// Datelines that open a news story's first paragraph:
// "SEOUL, Sept. 6 (Reuters) -", "WASHINGTON (AP) —", "Berlin (dpa) -", "(CNN) --".
#pragma once

#include <optional>
#include <string_view>

#include "meta/date_scanner.hpp"
#include "newslib/span.hpp"
#include "text/code_point_scan.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

struct dateline_parts {
  newslib::span dateline;               // from the place to the dash, inclusive
  std::optional<newslib::span> source;  // inside the parentheses
  std::optional<scanned_date> date;     // perhaps without a year
};

/// Reads a dateline at the start of `line` (a trimmed line of `text`): a place
/// in capitals or capitalised, an optional date, an optional "(Agency)", and
/// a dash. A place alone needs capitals ("PARIS —"); a capitalised one needs
/// a known agency or a date beside it.
std::optional<dateline_parts> parse_dateline(std::string_view text, span line,
                                             const date_scan_options& options);

}  // namespace detail
NEWSLIB_END_NAMESPACE
