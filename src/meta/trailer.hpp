// Closing lines of a news article that are not part of its body: "Source",
// "Source: Reuters", "(Reporting by ...; Editing by ...)", "© 2025 ...",
// "Read more: ...", "All rights reserved.", "This article was originally published ...".
#pragma once

#include <optional>
#include <string_view>

#include "newslib/span.hpp"
#include "text/code_point_scan.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

struct trailer_line {
  std::optional<newslib::span> source;  // "Reuters" in "Source: Reuters"
  std::optional<int> copyright_year;    // 2025 in "© 2025 Reuters"
};

/// Classifies `line` (a trimmed, non-empty line of `text`) as a trailer line.
std::optional<trailer_line> parse_trailer_line(std::string_view text, span line);

}  // namespace detail
NEWSLIB_END_NAMESPACE
