#include "tokenize/paragraphs.hpp"

#include "unicode/char_class.hpp"
#include "unicode/utf8.hpp"

namespace newslib::detail {
namespace {

struct line {
  span content;               // trimmed, non-empty
  bool separated = false;     // a blank line or U+2029 lies between it and the previous line
};

}  // namespace

void find_paragraphs(std::string_view text, span range, std::vector<span>& out) {
  const std::size_t end = range.end < text.size() ? range.end : text.size();
  std::vector<line> lines;
  bool any_separator = false;
  bool pending_separator = false;  // since the last content line
  std::size_t i = range.begin;
  while (i < end) {
    // One line: [i, break).
    std::size_t first = npos, last_end = 0;
    bool paragraph_separator = false;
    while (i < end) {
      const auto b = static_cast<unsigned char>(text[i]);
      if (b < 0x80) {
        const char_class c = ascii_classes[b];
        if (c == char_class::space) {
          if (b >= 0x0A && b <= 0x0D) {
            ++i;
            if (b == '\r' && i < end && text[i] == '\n') ++i;
            break;
          }
          ++i;
          continue;
        }
        if (first == npos) first = i;
        last_end = ++i;
        continue;
      }
      const std::size_t n = utf8_length(b);
      if (i + n > end) {  // a range cut inside a character: keep its bytes as content
        if (first == npos) first = i;
        last_end = i = end;
        break;
      }
      std::size_t j = i;
      const char32_t cp = decode_utf8(text, j);
      if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
        paragraph_separator = cp == 0x2029;
        i = j;
        break;
      }
      if (classify_code_point(cp) != char_class::space) {
        if (first == npos) first = i;
        last_end = j;
      }
      i = j;
    }
    if (first != npos) {
      line l;
      l.content = span{first, last_end};
      l.separated = pending_separator && !lines.empty();
      any_separator = any_separator || l.separated;
      lines.push_back(l);
      pending_separator = false;
    } else if (!lines.empty()) {
      pending_separator = true;  // a blank line
    }
    if (paragraph_separator && !lines.empty()) pending_separator = true;
  }
  if (lines.empty()) return;
  if (!any_separator) {
    if (lines.size() == 1) {
      out.push_back(lines.front().content);
    } else {
      for (const line& l : lines) out.push_back(l.content);
    }
    return;
  }
  span current = lines.front().content;
  for (std::size_t k = 1; k < lines.size(); ++k) {
    if (lines[k].separated) {
      out.push_back(current);
      current = lines[k].content;
    } else {
      current.end = lines[k].content.end;
    }
  }
  out.push_back(current);
}

}  // namespace newslib::detail
