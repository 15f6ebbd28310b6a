#include "unicode/char_class.hpp"

#include <unicode/uchar.h>

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

constexpr std::array<char_class, 128> make_ascii_classes() {
  std::array<char_class, 128> t{};
  for (int c = 0; c < 128; ++c) {
    char_class k = char_class::punctuation;
    if (c < 0x20 || c == 0x7F) {
      k = (c >= 0x09 && c <= 0x0D) ? char_class::space : char_class::other;
    } else if (c == ' ') {
      k = char_class::space;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      k = char_class::letter;
    } else if (c >= '0' && c <= '9') {
      k = char_class::digit;
    } else if (c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' ||
               c == '`' || c == '|' || c == '~') {
      k = char_class::symbol;  // Sc, Sm and Sk in Unicode
    }
    t[static_cast<std::size_t>(c)] = k;
  }
  return t;
}

}  // namespace

const std::array<char_class, 128> ascii_classes = make_ascii_classes();

char_class classify_code_point(char32_t cp) noexcept {
  const auto c = static_cast<UChar32>(cp);
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) ? char_class::ideograph
                                                       : char_class::letter;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
      return char_class::mark;
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return char_class::digit;
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
      return char_class::space;
    case U_CONTROL_CHAR:
      return cp == 0x85 ? char_class::space : char_class::other;
    case U_FORMAT_CHAR:
      // A byte-order mark carries no text: it counts as space here as in the
      // sentence splitter and the metadata scanner, so it never becomes a token.
      if (cp == 0xFEFF) return char_class::space;
      return (cp == 0xAD || cp == 0x200C || cp == 0x200D || cp == 0x2060) ? char_class::joiner
                                                                        : char_class::other;
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
      return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ? char_class::pictographic
                                                                 : char_class::punctuation;
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
      if (cp >= 0x1F1E6 && cp <= 0x1F1FF) return char_class::regional;
      if (cp >= 0x1F3FB && cp <= 0x1F3FF) return char_class::modifier;
      return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ? char_class::pictographic
                                                                 : char_class::symbol;
    default:  // private use, surrogates, unassigned
      return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ? char_class::pictographic
                                                                 : char_class::other;
  }
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
