// Finding paragraphs: blocks of lines separated by blank lines.
#pragma once

#include <string_view>
#include <vector>

#include "newslib/span.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Appends the paragraphs of text[range.begin, range.end) to `out`, each
/// trimmed of surrounding white space. A paragraph is a block of lines between
/// blank lines (lines holding only white space) or U+2029 PARAGRAPH SEPARATOR.
/// If the range has several lines but no blank line at all, each non-empty line
/// is a paragraph (one-paragraph-per-line text). Line breaks are LF, CR LF, CR,
/// VT, FF, NEL and U+2028. `text` must be valid UTF-8; linear time.
void find_paragraphs(std::string_view text, span range, std::vector<span>& out);

}  // namespace detail
NEWSLIB_END_NAMESPACE
