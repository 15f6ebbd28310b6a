#include "newslib/config.hpp"
#include "text/char_class.hpp"

#include <unicode/uchar.h>

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

constexpr char_class ascii_general_class(int c) {
  if (c < 0x20 || c == 0x7F) {
    return (c >= 0x09 && c <= 0x0D) ? char_class::space : char_class::other;
  }
  if (c == ' ') return char_class::space;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return char_class::letter;
  if (c >= '0' && c <= '9') return char_class::digit;
  if (c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '`' ||
      c == '|' || c == '~')
    return char_class::symbol;  // Sc, Sm and Sk in Unicode
  return char_class::punctuation;
}

constexpr case_class ascii_case_class(int c) {
  if (c >= 'a' && c <= 'z') return case_class::lower;
  if (c >= 'A' && c <= 'Z') return case_class::upper;
  if (c >= '0' && c <= '9') return case_class::digit;
  if (c == ' ' || (c >= '\t' && c <= '\r')) return case_class::space;
  return case_class::other;
}

constexpr scan_class ascii_scan_class(int c) {
  if (c >= '0' && c <= '9') return scan_class::digit;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return scan_class::letter;
  if (c == '\n' || c == '\r') return scan_class::line_break;
  if (c == ' ' || c == '\t' || c == '\v' || c == '\f') return scan_class::space;
  return scan_class::punct;
}

constexpr std::array<ascii_classes_entry, 128> make_ascii_classes() {
  std::array<ascii_classes_entry, 128> t{};
  for (int c = 0; c < 128; ++c) {
    t[static_cast<std::size_t>(c)] = {ascii_general_class(c), ascii_case_class(c),
                                      ascii_scan_class(c)};
  }
  return t;
}

}  // namespace

const std::array<ascii_classes_entry, 128> ascii_classes = make_ascii_classes();

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

case_class classify_case_code_point(char32_t cp) noexcept {
  const auto u = static_cast<UChar32>(cp);
  if (cp == 0x85 || cp == 0xA0 || cp == 0xFEFF || u_isUWhiteSpace(u)) return case_class::space;
  if (u_isupper(u) || u_istitle(u)) return case_class::upper;
  if (u_islower(u)) return case_class::lower;
  if (u_isdigit(u)) return case_class::digit;
  if (u_isalpha(u)) return case_class::uncased;
  // Combining marks (Devanagari vowel signs, Burmese medials) belong to their letter.
  const auto cat = u_charType(u);
  if (cat == U_NON_SPACING_MARK || cat == U_COMBINING_SPACING_MARK) return case_class::uncased;
  return case_class::other;
}

scan_class classify_scan_code_point(char32_t c) noexcept {
  if (c == 0x85 || c == 0x2028 || c == 0x2029) return scan_class::line_break;
  if (c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
      c == 0x205F || c == 0x3000 || c == 0xFEFF)
    return scan_class::space;
  // Latin-1 punctuation and symbols, except the ordinal indicators and micro sign.
  if (c >= 0x80 && c <= 0xBF) {
    return (c == 0xAA || c == 0xB5 || c == 0xBA) ? scan_class::letter : scan_class::punct;
  }
  if (c == 0xD7 || c == 0xF7) return scan_class::punct;
  // General punctuation, currency, arrows and symbols, CJK punctuation,
  // private use, specials, fullwidth punctuation and emoji.
  if ((c >= 0x2010 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF) ||
      (c >= 0x2190 && c <= 0x2BFF) || (c >= 0x3001 && c <= 0x3003) ||
      (c >= 0x3008 && c <= 0x301F) || (c >= 0xE000 && c <= 0xF8FF) ||
      (c >= 0xFE50 && c <= 0xFE6F) || (c >= 0xFF01 && c <= 0xFF0F) ||
      (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
      (c >= 0xFF5B && c <= 0xFF65) || (c >= 0xFFF0 && c <= 0xFFFF) ||
      (c >= 0x1F000 && c <= 0x1FAFF))
    return scan_class::punct;
  return scan_class::letter;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
