#include "tokenize/paragraphs.hpp"

#include <array>
#include <cstdint>
#include <cstring>

#include "text/char_class.hpp"
#include "text/utf8.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

struct line {
  span content;            // trimmed, non-empty
  bool separated = false;  // a blank line or U+2029 lies between it and the previous line
};

// Bytes that may start a line break: LF VT FF CR, and the lead bytes of NEL
// (C2 85) and of U+2028/U+2029 (E2 80 A8/A9). Every other byte is skipped by
// one table test.
constexpr std::array<bool, 256> make_break_starts() {
  std::array<bool, 256> t{};
  t[0x0A] = t[0x0B] = t[0x0C] = t[0x0D] = true;
  t[0xC2] = t[0xE2] = true;
  return t;
}
constexpr std::array<bool, 256> break_starts = make_break_starts();

// Length of the line break at `i` (0 if none); sets `paragraph` for U+2029.
std::size_t break_length(std::string_view text, std::size_t i, std::size_t end,
                         bool& paragraph) noexcept {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b == '\r') return (i + 1 < end && text[i + 1] == '\n') ? 2 : 1;
  if (b < 0x80) return 1;
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  if (b == 0xC2) return (i + 1 < end && at(1) == 0x85) ? 2 : 0;
  if (i + 2 < end && at(1) == 0x80 && (at(2) == 0xA8 || at(2) == 0xA9)) {
    paragraph = at(2) == 0xA9;
    return 3;
  }
  return 0;
}

bool space_at(std::string_view text, std::size_t i, std::size_t end, std::size_t& next) {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    next = i + 1;
    return ascii_classes[b].general == char_class::space;
  }
  if (i + utf8_lead_length(b) > end) return false;
  std::size_t j = i;
  const char32_t cp = decode_utf8(text, j);
  next = j;
  return classify_code_point(cp) == char_class::space;
}

// Trims white space from both ends of [b, e); returns an empty span if none is left.
span trim_spaces(std::string_view text, std::size_t b, std::size_t e) {
  std::size_t next;
  while (b < e && space_at(text, b, e, next)) b = next;
  while (e > b) {
    std::size_t start = e - 1;
    while (start > b && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    if (!space_at(text, start, e, next) || next != e) break;
    e = start;
  }
  return span{b, e};
}

}  // namespace

void find_paragraphs(std::string_view text, span range, std::vector<span>& out) {
  const std::size_t end = range.end < text.size() ? range.end : text.size();
  std::vector<line> lines;
  bool any_separator = false;
  bool pending_separator = false;  // since the last content line
  std::size_t i = range.begin;
  while (i < end) {
    // One line: [i, j), then its break.
    std::size_t j = i, brk = 0;
    bool paragraph_separator = false;
    for (; j < end; ++j) {
      // Eight bytes at a time while none is below 0x0E or above 0x7F (the
      // only bytes that can start a break), then byte by byte.
      while (j + 8 <= end) {
        std::uint64_t w;
        std::memcpy(&w, text.data() + j, 8);
        constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
        if (((w - ones * 0x0E) | w) & highs) break;
        j += 8;
      }
      if (j >= end) break;
      if (!break_starts[static_cast<unsigned char>(text[j])]) continue;
      brk = break_length(text, j, end, paragraph_separator);
      if (brk > 0) break;
    }
    const span content = trim_spaces(text, i, j);
    if (!content.empty()) {
      line l;
      l.content = content;
      l.separated = pending_separator && !lines.empty();
      any_separator = any_separator || l.separated;
      lines.push_back(l);
      pending_separator = false;
    } else if (!lines.empty()) {
      pending_separator = true;  // a blank line
    }
    if (paragraph_separator && !lines.empty()) pending_separator = true;
    i = j + brk;
  }
  if (lines.empty()) return;
  if (!any_separator) {
    for (const line& l : lines) out.push_back(l.content);
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

}  // namespace detail
NEWSLIB_END_NAMESPACE
