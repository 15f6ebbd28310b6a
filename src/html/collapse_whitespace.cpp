#include "newslib/config.hpp"
#include "html/collapse_whitespace.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

// Length of the whitespace character at `i`, or 0: ASCII whitespace, U+00A0
// (no-break space), U+2009 / U+200A (thin spaces) and U+3000 (ideographic space).
std::size_t space_length(std::string_view s, std::size_t i) noexcept {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    const auto d = static_cast<unsigned char>(s[i + 2]);
    if (d == 0x89 || d == 0x8A || d == 0xAF) return 3;
  }
  if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80) {
    return 3;
  }
  return 0;
}

}  // namespace

void append_collapsed(std::string& out, std::string_view text) {
  bool pending_space = !out.empty() && out.back() == ' ';
  if (pending_space) out.pop_back();
  for (std::size_t i = 0; i < text.size();) {
    if (const std::size_t n = space_length(text, i)) {
      pending_space = true;
      i += n;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.push_back(text[i]);
    ++i;
  }
  // Keep one trailing space as a marker for the next append; callers trim.
  if (pending_space && !out.empty()) out.push_back(' ');
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_collapsed(out, text);
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
