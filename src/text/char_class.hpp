// The one classification of code points. Three readers need different detail,
// so each code point has three views, all answered here:
//   char_class  Unicode general classes (ICU) for the tokenizer, paragraph
//               finder and language guesser;
//   case_class  letters by case (ICU) for the sentence splitter, which asks
//               whether a word after a full stop starts in upper case;
//   scan_class  five coarse classes by code-point range, without ICU, for the
//               metadata scanners that read the first lines of every article.
// ASCII, which is most bytes, is one table lookup for every view.
#pragma once

#include "newslib/config.hpp"
#include <array>
#include <cstddef>
#include <cstdint>

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// The classes the tokenizer cares about. Letters of scripts written without
/// spaces between words in the Han tradition (ideographs) get a class of their
/// own because each one is a word by itself.
enum class char_class : std::uint8_t {
  space,         // Unicode White_Space, and U+FEFF (byte-order mark)
  letter,        // L* (except ideographs)
  ideograph,     // Ideographic property: one character, one word
  digit,         // N* (Nd, Nl, No)
  mark,          // M*: stays with the character before it
  joiner,        // U+00AD, U+200C, U+200D, U+2060: inside words, invisible
  punctuation,   // P*
  symbol,        // S* (not pictographic)
  pictographic,  // Extended_Pictographic (emoji): ZWJ sequences stay whole
  regional,      // regional indicators: pairs form flags
  modifier,      // emoji skin-tone modifiers U+1F3FB..U+1F3FF
  other,         // controls, other format characters, private use, unassigned
};

/// Letters by case, as the sentence splitter reads them. `uncased` covers
/// letters of scripts without case and the combining marks that belong to them
/// (Devanagari vowel signs, Burmese medials).
enum class case_class : std::uint8_t { other, space, upper, lower, uncased, digit };

/// Coarse classes by code-point range for the metadata scanners: everything
/// not known to be space, a line break or punctuation counts as a letter.
enum class scan_class : std::uint8_t { space, line_break, letter, digit, punct };

/// The three views of one ASCII character.
struct ascii_classes_entry {
  char_class general;
  case_class cased;
  scan_class scan;
};

/// Every view of every ASCII byte.
extern const std::array<ascii_classes_entry, 128> ascii_classes;

/// char_class of a non-ASCII code point (ICU character properties).
char_class classify_code_point(char32_t cp) noexcept;

/// char_class of any code point.
inline char_class classify(char32_t cp) noexcept {
  return cp < 0x80 ? ascii_classes[cp].general : classify_code_point(cp);
}

/// case_class of a non-ASCII code point (ICU character properties).
case_class classify_case_code_point(char32_t cp) noexcept;

/// case_class of any code point.
inline case_class classify_case(char32_t cp) noexcept {
  return cp < 0x80 ? ascii_classes[cp].cased : classify_case_code_point(cp);
}

inline bool is_letter(case_class k) noexcept {
  return k == case_class::upper || k == case_class::lower || k == case_class::uncased;
}

/// scan_class of a non-ASCII code point (by range, no ICU).
scan_class classify_scan_code_point(char32_t cp) noexcept;

/// scan_class of any code point.
inline scan_class classify_scan(char32_t cp) noexcept {
  return cp < 0x80 ? ascii_classes[cp].scan : classify_scan_code_point(cp);
}

/// True for the code points that end a line: LF, VT, FF, CR, NEL, U+2028, U+2029.
inline bool is_line_break(char32_t cp) noexcept {
  return (cp >= 0x0A && cp <= 0x0D) || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

/// Invisible formatting characters (bidi embeddings, joiners, soft hyphen)
/// that the sentence splitter looks through.
inline bool is_invisible_format(char32_t c) noexcept {
  return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0xAD;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
