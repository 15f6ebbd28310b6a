#include "text/utf8.hpp"

#include <cstring>
#include <string>

#include "newslib/error.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

inline bool is_cont(unsigned char b) noexcept { return (b & 0xC0) == 0x80; }

// Length of the maximal ill-formed subpart at `i` (at least 1): the longest
// prefix of a sequence that could still have become well-formed.
std::size_t maximal_subpart(std::string_view s, std::size_t i) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  std::size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return 1;
  }
  std::size_t k = 1;
  for (; k <= need && i + k < s.size(); ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    const unsigned char l = (k == 1) ? lo : 0x80, h = (k == 1) ? hi : 0xBF;
    if (b < l || b > h) break;
  }
  return k;
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return 1;
  const std::size_t n = s.size();
  auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    return (i + 1 < n && is_cont(at(1))) ? 2 : 0;
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (i + 2 >= n) return 0;
    const unsigned char b1 = at(1);
    const unsigned char lo = (b0 == 0xE0) ? 0xA0 : 0x80, hi = (b0 == 0xED) ? 0x9F : 0xBF;
    return (b1 >= lo && b1 <= hi && is_cont(at(2))) ? 3 : 0;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (i + 3 >= n) return 0;
    const unsigned char b1 = at(1);
    const unsigned char lo = (b0 == 0xF0) ? 0x90 : 0x80, hi = (b0 == 0xF4) ? 0x8F : 0xBF;
    return (b1 >= lo && b1 <= hi && is_cont(at(2)) && is_cont(at(3))) ? 4 : 0;
  }
  return 0;
}

std::size_t find_invalid_utf8(std::string_view s) noexcept {
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // ASCII fast path, eight bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t len = utf8_sequence_length(s, i);
    if (len == 0) return i;
    i += len;
  }
  return npos;
}

void require_valid_utf8(std::string_view s) {
  const std::size_t bad = find_invalid_utf8(s);
  if (bad == npos) return;
  char hex[8];
  static const char digits[] = "0123456789ABCDEF";
  const auto b = static_cast<unsigned char>(s[bad]);
  hex[0] = '0';
  hex[1] = 'x';
  hex[2] = digits[b >> 4];
  hex[3] = digits[b & 15];
  hex[4] = 0;
  throw invalid_utf8(bad, "invalid UTF-8 at byte offset " + std::to_string(bad) + " (byte " +
                              hex + ")");
}

std::string replace_invalid_utf8(std::string_view s, std::vector<span>& replaced) {
  std::string out;
  out.reserve(s.size() + 16);
  std::size_t i = 0, clean_from = 0;
  while (i < s.size()) {
    const std::size_t len = utf8_sequence_length(s, i);
    if (len != 0) {
      i += len;
      continue;
    }
    out.append(s.substr(clean_from, i - clean_from));
    replaced.push_back({out.size(), out.size() + 3});
    out.append("\xEF\xBF\xBD");
    i += maximal_subpart(s, i);
    clean_from = i;
  }
  out.append(s.substr(clean_from));
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  char bytes[4];
  out.append(bytes, encode_utf8(cp, bytes));
}

std::size_t count_code_points(std::string_view s) noexcept {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
