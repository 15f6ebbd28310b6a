// Bylines: "By Jane Doe", "By Jane Doe and John Roe, Reuters",
// "By JANE DOE | Associated Press", "Jane Doe, Staff Writer".
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "meta/date_scanner.hpp"
#include "newslib/span.hpp"
#include "text/code_point_scan.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

struct byline_parts {
  std::vector<newslib::span> authors;   // each name, trimmed
  std::optional<newslib::span> source;  // a news agency named in the byline
  std::optional<scanned_date> date;     // "By Jane Doe | September 6, 2025"
};

/// Reads `line` (a trimmed line of `text`) as a byline. Without a "By"-style
/// prefix a line counts only with a clear marker: a role ("Staff Writer") or
/// a news agency after the names.
std::optional<byline_parts> parse_byline(std::string_view text, span line,
                                         const date_scan_options& options);

}  // namespace detail
NEWSLIB_END_NAMESPACE
