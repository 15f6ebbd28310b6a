// Code-point classes and simple case folding for the metadata scanners, which
// read news text by hand (no regular expressions) in one pass.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newslib::detail {

enum class char_class : unsigned char { space, line_break, letter, digit, punct };

struct code_point {
  char32_t value = 0;
  std::size_t size = 1;  // bytes
  char_class cls = char_class::punct;
};

/// The code point at byte `i` (< s.size()). Ill-formed bytes read as a
/// one-byte punctuation mark, so any byte string can be scanned safely.
code_point read_code_point(std::string_view s, std::size_t i) noexcept;

/// The code point that ends at byte `end` (> 0), read backwards.
code_point read_code_point_before(std::string_view s, std::size_t end) noexcept;

/// Lower case for the scripts of the supported languages (Latin, Greek,
/// Cyrillic); other code points are returned unchanged. Enough to compare
/// against the small lower-case word tables of the scanners.
char32_t fold_case(char32_t c) noexcept;

inline bool is_upper(char32_t c) noexcept { return fold_case(c) != c; }

/// Appends the folded form of s[begin, end) to `out`; false (and `out` left
/// partial) if that takes more than `max_bytes` bytes of input.
bool append_folded(std::string_view s, std::size_t begin, std::size_t end, std::string& out,
                   std::size_t max_bytes);

/// [begin, end) without leading and trailing whitespace (spaces, tabs, NBSP,
/// BOM and other Unicode spaces; line breaks too).
struct byte_range {
  std::size_t begin = 0;
  std::size_t end = 0;
};
byte_range trim(std::string_view s, std::size_t begin, std::size_t end) noexcept;

}  // namespace newslib::detail
