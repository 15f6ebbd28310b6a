#include "meta/text_scan.hpp"

#include "unicode/utf8.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

char_class classify(char32_t c) noexcept {
  if (c < 0x80) return ascii_class(static_cast<unsigned char>(c));
  if (c == 0x85 || c == 0x2028 || c == 0x2029) return char_class::line_break;
  if (c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
      c == 0x205F || c == 0x3000 || c == 0xFEFF)
    return char_class::space;
  // Latin-1 punctuation and symbols, except the ordinal indicators and micro sign.
  if (c >= 0x80 && c <= 0xBF) {
    return (c == 0xAA || c == 0xB5 || c == 0xBA) ? char_class::letter : char_class::punct;
  }
  if (c == 0xD7 || c == 0xF7) return char_class::punct;
  // General punctuation, currency, arrows and symbols, CJK punctuation,
  // private use, specials, fullwidth punctuation and emoji.
  if ((c >= 0x2010 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF) ||
      (c >= 0x2190 && c <= 0x2BFF) || (c >= 0x3001 && c <= 0x3003) ||
      (c >= 0x3008 && c <= 0x301F) || (c >= 0xE000 && c <= 0xF8FF) ||
      (c >= 0xFE50 && c <= 0xFE6F) || (c >= 0xFF01 && c <= 0xFF0F) ||
      (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
      (c >= 0xFF5B && c <= 0xFF65) || (c >= 0xFFF0 && c <= 0xFFFF) ||
      (c >= 0x1F000 && c <= 0x1FAFF))
    return char_class::punct;
  return char_class::letter;
}

}  // namespace

code_point read_non_ascii_code_point(std::string_view s, std::size_t i) noexcept {
  const std::size_t n = utf8_sequence_length(s, i);
  code_point cp;
  if (n == 0) {
    cp.value = static_cast<unsigned char>(s[i]);
    cp.size = 1;
    cp.cls = char_class::punct;
    return cp;
  }
  std::size_t j = i;
  cp.value = decode_utf8(s, j);
  cp.size = n;
  cp.cls = classify(cp.value);
  return cp;
}

code_point read_code_point_before(std::string_view s, std::size_t end) noexcept {
  std::size_t start = end - 1;
  // Back over at most three continuation bytes to the lead byte.
  while (start > 0 && end - start < 4 &&
         (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
    --start;
  if (utf8_sequence_length(s, start) == end - start) return read_code_point(s, start);
  code_point cp;
  cp.value = static_cast<unsigned char>(s[end - 1]);
  cp.size = 1;
  cp.cls = cp.value < 0x80 ? classify(cp.value) : char_class::punct;
  return cp;
}

char32_t fold_case(char32_t c) noexcept {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  // Latin Extended-A pairs upper/lower as even/odd, with a shifted block in the middle.
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
    return (c % 2 == 0) ? c + 1 : c;
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
    return (c % 2 == 1) ? c + 1 : c;
  if (c == 0x178) return 0xFF;
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;  // Greek
  if (c >= 0x410 && c <= 0x42F) return c + 32;                // Cyrillic
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

bool append_folded(std::string_view s, std::size_t begin, std::size_t end, std::string& out,
                   std::size_t max_bytes) {
  if (end - begin > max_bytes) return false;
  for (std::size_t i = begin; i < end;) {
    const code_point cp = read_code_point(s, i);
    if (cp.size == 1 && cp.value >= 0x80) {
      out.push_back(s[i]);  // an ill-formed byte stays as it is
    } else {
      append_utf8(out, fold_case(cp.value));
    }
    i += cp.size;
  }
  return true;
}

folded_word::folded_word(std::string_view s, std::size_t begin, std::size_t end) noexcept {
  std::size_t n = 0;
  for (std::size_t i = begin; i < end;) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (n == capacity) return;
      buffer_[n++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      ++i;
      continue;
    }
    const code_point cp = read_non_ascii_code_point(s, i);
    if (n + 4 > capacity) return;
    if (cp.size == 1) {
      buffer_[n++] = static_cast<char>(b);  // an ill-formed byte stays as it is
    } else {
      const char32_t c = fold_case(cp.value);
      if (c < 0x800) {
        buffer_[n++] = static_cast<char>(0xC0 | (c >> 6));
      } else if (c < 0x10000) {
        buffer_[n++] = static_cast<char>(0xE0 | (c >> 12));
        buffer_[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      } else {
        buffer_[n++] = static_cast<char>(0xF0 | (c >> 18));
        buffer_[n++] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        buffer_[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      }
      buffer_[n++] = static_cast<char>(0x80 | (c & 0x3F));
    }
    i += cp.size;
  }
  size_ = n;
}

byte_range trim(std::string_view s, std::size_t begin, std::size_t end) noexcept {
  while (begin < end) {
    const code_point cp = read_code_point(s, begin);
    if (cp.cls != char_class::space && cp.cls != char_class::line_break) break;
    begin += cp.size;
  }
  while (end > begin) {
    const code_point cp = read_code_point_before(s, end);
    if (cp.size > end - begin) break;
    if (cp.cls != char_class::space && cp.cls != char_class::line_break) break;
    end -= cp.size;
  }
  return {begin, end};
}

bool is_lower(char32_t c) noexcept {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return c % 2 == 1;
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return c % 2 == 0;
  if (c >= 0x3B1 && c <= 0x3CB) return true;  // Greek
  return c >= 0x430 && c <= 0x45F;            // Cyrillic
}

std::size_t skip_spaces(std::string_view s, std::size_t pos, std::size_t end) noexcept {
  while (pos < end) {
    const code_point cp = read_code_point(s, pos);
    if (cp.cls != char_class::space) break;
    pos += cp.size;
  }
  return pos;
}

std::size_t letter_run_end(std::string_view s, std::size_t pos, std::size_t end) noexcept {
  while (pos < end) {
    const code_point cp = read_code_point(s, pos);
    if (cp.cls != char_class::letter) break;
    pos += cp.size;
  }
  return pos;
}

namespace {

// Where the letters at `pos` stop if, folded, they spell `expected` exactly;
// `no_match` otherwise. Compares as it folds, so most words fail at their
// first letter.
std::size_t match_word(std::string_view s, std::size_t pos, std::size_t end,
                       std::string_view expected) noexcept {
  std::size_t k = 0;  // bytes of `expected` matched
  std::size_t p = pos;
  while (p < end) {
    const auto b = static_cast<unsigned char>(s[p]);
    if (b < 0x80) {
      if (ascii_class(b) != char_class::letter) break;
      const char lower = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      if (k >= expected.size() || expected[k] != lower) return no_match;
      ++k;
      ++p;
      continue;
    }
    const code_point cp = read_non_ascii_code_point(s, p);
    if (cp.cls != char_class::letter) break;
    // Letters are well-formed: the folded code point, encoded.
    const char32_t c = fold_case(cp.value);
    char buffer[4];
    std::size_t n = 0;
    if (c < 0x800) {
      buffer[n++] = static_cast<char>(0xC0 | (c >> 6));
    } else if (c < 0x10000) {
      buffer[n++] = static_cast<char>(0xE0 | (c >> 12));
      buffer[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    } else {
      buffer[n++] = static_cast<char>(0xF0 | (c >> 18));
      buffer[n++] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      buffer[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    }
    buffer[n++] = static_cast<char>(0x80 | (c & 0x3F));
    if (expected.size() - k < n || expected.compare(k, n, std::string_view(buffer, n)) != 0)
      return no_match;
    k += n;
    p += cp.size;
  }
  return p > pos && k == expected.size() ? p : no_match;
}

}  // namespace

std::size_t match_phrase(std::string_view s, std::size_t pos, std::size_t end,
                         std::string_view phrase) {
  while (!phrase.empty()) {
    const std::size_t space = phrase.find(' ');
    const std::string_view expected = phrase.substr(0, space);
    phrase = space == std::string_view::npos ? std::string_view() : phrase.substr(space + 1);
    const std::size_t word_end = match_word(s, pos, end, expected);
    if (word_end == no_match) return no_match;
    pos = word_end;
    if (!phrase.empty()) {
      const std::size_t next = skip_spaces(s, pos, end);
      if (next == pos) return no_match;
      pos = next;
    }
  }
  return pos;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
