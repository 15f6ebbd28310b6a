// Splitting sentences into tokens: one left-to-right scan, linear time.
#pragma once

#include <string_view>
#include <vector>

#include "newslib/span.hpp"
#include "newslib/detail/token_table.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Appends the tokens of text[range.begin, range.end) to `out` (with `term`
/// left 0). `text` must be valid UTF-8 and `range` must lie on code point
/// boundaries, inside the 4 GiB a token's offsets can address.
///
/// Every byte that is not white space (Unicode White_Space) belongs to exactly
/// one token; white space belongs to none. The rules:
/// - url: "http://", "https://", "ftp://" or "www." up to white space, without
///   trailing punctuation (closing brackets stay when the URL opened them).
/// - email: local@domain.tld (ASCII), found without backtracking.
/// - word: letters, digits and combining marks, containing at least one letter,
///   joined across an apostrophe or hyphen when a letter is on either side
///   ("don't", "state-of-the-art", "COVID-19", "19-year-old"), across "." in
///   single-letter abbreviations ("U.S.", "e.g.", which keep their final dot),
///   and across the invisible joiners (soft hyphen, ZWJ, ZWNJ, word joiner).
///   Each ideograph (Han characters) is a word by itself.
/// - number: digits with ".", ",", ":" or "/" between digits ("3.5", "1,000",
///   "10:30", "24/7") and an optional final "%".
/// - punctuation / symbol: one character with its combining marks (an emoji
///   with its modifiers and ZWJ sequence, or a flag's pair of regional
///   indicators), repeated identical characters forming one token ("...", "--").
/// - other: runs of control and format characters, unassigned and private-use
///   code points and stray combining marks (such as NUL bytes).
void tokenize(std::string_view text, span range, std::vector<packed_token>& out);

}  // namespace detail
NEWSLIB_END_NAMESPACE
