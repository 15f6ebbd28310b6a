// The tokeniser of rouge-score: lowercase ASCII letters and digits only.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Splits `text` into ROUGE tokens exactly as rouge-score's default tokeniser
/// does: the text is lowercased, every character other than a-z and 0-9
/// separates tokens (so accented and other non-ASCII letters split words), and
/// with `stem` each token longer than three characters is Porter-stemmed.
///
/// Lowercasing follows Unicode, so the two characters whose lowercase form
/// holds an ASCII letter count as that letter: KELVIN SIGN (U+212A) is 'k',
/// and LATIN CAPITAL LETTER I WITH DOT ABOVE (U+0130) is 'i' followed by a
/// combining dot, which separates. Bytes that are not valid UTF-8 separate.
[[nodiscard]] std::vector<std::string> rouge_tokenize(std::string_view text, bool stem);

}  // namespace detail
NEWSLIB_END_NAMESPACE
