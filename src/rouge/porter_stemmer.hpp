// The Porter (1980) stemmer with the NLTK extensions, as rouge-score uses it.
#pragma once

#include <string>
#include <string_view>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Stems one word with Porter's algorithm in the variant that NLTK calls
/// NLTK_EXTENSIONS (its default, and the one rouge-score relies on):
///  - a table of irregular forms ("skies" -> "sky", "dying" -> "die", "news" ...);
///  - words of one or two letters are left alone;
///  - step 1a: four-letter "-ies" -> "-ie"; step 1b: "-ied" -> "-ie"/"-i";
///  - step 1c: y -> i only after a consonant that is not the first letter;
///  - *o also holds for a two-letter vowel-consonant stem;
///  - step 2: "-alli" is reduced first (and step 2 rerun), "-bli" -> "-ble",
///    and "-fulli" -> "-ful", "-logi" -> "-log" (measure taken with the "l").
///
/// The word is lowercased (ASCII) first. Letters are bytes: the algorithm is
/// defined for ASCII text, and every byte that is not a vowel counts as a
/// consonant, as digits do.
[[nodiscard]] std::string porter_stem(std::string_view word);

}  // namespace detail
NEWSLIB_END_NAMESPACE
