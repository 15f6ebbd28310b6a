#include "newslib/config.hpp"
#include "text/case_fold.hpp"

#include "text/utf8.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

char32_t fold_simple_case(char32_t c) noexcept {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;             // Latin-1
  if (c >= 0x100 && c <= 0x17F) {                                      // Latin Extended-A
    // Pairs are upper even / lower odd, except a shifted block in the middle;
    // dotted capital I, kra, n preceded by apostrophe and long s have no pair.
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c % 2) ? c + 1 : c;
    if (c == 0x178) return 0xFF;                                       // Ÿ → ÿ
    if (c == 0x130 || c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F) return c;
    return (c % 2) ? c : c + 1;
  }
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;          // Greek
  if (c == 0x386) return 0x3AC;                                        // Greek with tonos
  if (c >= 0x388 && c <= 0x38A) return c + 37;
  if (c == 0x38C) return 0x3CC;
  if (c == 0x38E || c == 0x38F) return c + 63;
  if (c >= 0x410 && c <= 0x42F) return c + 32;                         // Cyrillic
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  if (c >= 0x460 && c <= 0x4FF && !(c >= 0x482 && c <= 0x489)) {      // Cyrillic extensions
    if (c >= 0x4C1 && c <= 0x4CE) return (c % 2) ? c + 1 : c;
    if (c == 0x4C0) return 0x4CF;
    return (c % 2) ? c : c + 1;
  }
  if (c >= 0x531 && c <= 0x556) return c + 48;                         // Armenian
  return c;
}

bool is_simple_lower(char32_t c) noexcept {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (c >= 0xDF && c <= 0xFF) return c != 0xF7;
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return c % 2 == 1;
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return c % 2 == 0;
  if (c >= 0x3B1 && c <= 0x3CB) return true;  // Greek
  return c >= 0x430 && c <= 0x45F;            // Cyrillic
}

void append_simple_folded(std::string_view text, std::string& out) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      out.push_back((b >= 'A' && b <= 'Z') ? static_cast<char>(b + 32) : static_cast<char>(b));
      ++i;
      continue;
    }
    const std::size_t len = utf8_sequence_length(text, i);
    if (len == 0) {  // an ill-formed byte stays as it is
      out.push_back(text[i++]);
      continue;
    }
    std::size_t j = i;
    append_utf8(out, fold_simple_case(decode_utf8(text, j)));
    i += len;
  }
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
    if (n + 4 > capacity) return;
    const std::size_t len = utf8_sequence_length(s, i);
    if (len == 0) {
      buffer_[n++] = static_cast<char>(b);  // an ill-formed byte stays as it is
      ++i;
      continue;
    }
    std::size_t j = i;
    n += encode_utf8(fold_simple_case(decode_utf8(s, j)), buffer_ + n);
    i += len;
  }
  size_ = n;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
