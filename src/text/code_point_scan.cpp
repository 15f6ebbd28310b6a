#include "newslib/config.hpp"
#include "text/code_point_scan.hpp"

#include "text/utf8.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

code_point read_non_ascii_code_point(std::string_view s, std::size_t i) noexcept {
  const std::size_t n = utf8_sequence_length(s, i);
  code_point cp;
  if (n == 0) {
    cp.value = static_cast<unsigned char>(s[i]);
    cp.size = 1;
    cp.cls = scan_class::punct;
    return cp;
  }
  std::size_t j = i;
  cp.value = decode_utf8(s, j);
  cp.size = n;
  cp.cls = classify_scan_code_point(cp.value);
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
  cp.cls = cp.value < 0x80 ? ascii_classes[cp.value].scan : scan_class::punct;
  return cp;
}

bool append_folded(std::string_view s, std::size_t begin, std::size_t end, std::string& out,
                   std::size_t max_bytes) {
  if (end - begin > max_bytes) return false;
  append_simple_folded(s.substr(begin, end - begin), out);
  return true;
}

span trim(std::string_view s, std::size_t begin, std::size_t end) noexcept {
  while (begin < end) {
    const code_point cp = read_code_point(s, begin);
    if (cp.cls != scan_class::space && cp.cls != scan_class::line_break) break;
    begin += cp.size;
  }
  while (end > begin) {
    const code_point cp = read_code_point_before(s, end);
    if (cp.size > end - begin) break;
    if (cp.cls != scan_class::space && cp.cls != scan_class::line_break) break;
    end -= cp.size;
  }
  return {begin, end};
}

std::size_t skip_spaces(std::string_view s, std::size_t pos, std::size_t end) noexcept {
  while (pos < end) {
    const code_point cp = read_code_point(s, pos);
    if (cp.cls != scan_class::space) break;
    pos += cp.size;
  }
  return pos;
}

std::size_t letter_run_end(std::string_view s, std::size_t pos, std::size_t end) noexcept {
  while (pos < end) {
    const code_point cp = read_code_point(s, pos);
    if (cp.cls != scan_class::letter) break;
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
      if (ascii_classes[b].scan != scan_class::letter) break;
      const char lower = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      if (k >= expected.size() || expected[k] != lower) return no_match;
      ++k;
      ++p;
      continue;
    }
    const code_point cp = read_non_ascii_code_point(s, p);
    if (cp.cls != scan_class::letter) break;
    // Letters are well-formed: the folded code point, encoded.
    char buffer[4];
    const std::size_t n = encode_utf8(fold_simple_case(cp.value), buffer);
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
