// Text from markup as a reader sees it: runs of spaces, tabs, newlines and
// no-break spaces are one space, none at the ends.
#pragma once

#include "newslib/config.hpp"
#include <string>
#include <string_view>

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Appends `text` to `out` with whitespace collapsed; `out` may already hold
/// text (a space joins the two when either side had whitespace there).
void append_collapsed(std::string& out, std::string_view text);

/// `text` with whitespace runs made single spaces and the ends trimmed.
[[nodiscard]] std::string collapse_whitespace(std::string_view text);

}  // namespace detail
NEWSLIB_END_NAMESPACE
