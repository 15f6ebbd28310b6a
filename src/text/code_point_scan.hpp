// Reading text one code point at a time, for the scanners that read news text
// by hand (no regular expressions) in one pass: the metadata scanners, date
// parsing. Classes come from char_class.hpp (scan_class), folding from
// case_fold.hpp.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "newslib/config.hpp"
#include "newslib/span.hpp"
#include "text/case_fold.hpp"
#include "text/char_class.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// One code point as read from the text, with its scan_class.
struct code_point {
  char32_t value = 0;
  std::size_t size = 1;  // bytes
  scan_class cls = scan_class::punct;
};

/// read_code_point for bytes at or above 0x80.
code_point read_non_ascii_code_point(std::string_view s, std::size_t i) noexcept;

/// The code point at byte `i` (< s.size()). Ill-formed bytes read as a
/// one-byte punctuation mark, so any byte string can be scanned safely.
inline code_point read_code_point(std::string_view s, std::size_t i) noexcept {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return code_point{b, 1, ascii_classes[b].scan};  // the common case, inline
  return read_non_ascii_code_point(s, i);
}

/// The code point that ends at byte `end` (> 0), read backwards.
code_point read_code_point_before(std::string_view s, std::size_t end) noexcept;

/// Appends the folded form (fold_simple_case) of s[begin, end) to `out`; false
/// (and `out` left partial) if that takes more than `max_bytes` bytes of input.
bool append_folded(std::string_view s, std::size_t begin, std::size_t end, std::string& out,
                   std::size_t max_bytes);

/// [begin, end) without leading and trailing whitespace (spaces, tabs, NBSP,
/// BOM and other Unicode spaces; line breaks too).
span trim(std::string_view s, std::size_t begin, std::size_t end) noexcept;

/// First byte at or after `pos` (up to `end`) that is not a space; line breaks stop it.
std::size_t skip_spaces(std::string_view s, std::size_t pos, std::size_t end) noexcept;

/// Where the run of letters starting at `pos` ends (`pos` if there is none).
std::size_t letter_run_end(std::string_view s, std::size_t pos, std::size_t end) noexcept;

inline constexpr std::size_t no_match = static_cast<std::size_t>(-1);

/// If s[pos, end) starts with `phrase` (lower-case words separated by single
/// spaces; whole words, any case, any run of spaces between them), the offset
/// just past it; otherwise `no_match`.
std::size_t match_phrase(std::string_view s, std::size_t pos, std::size_t end,
                         std::string_view phrase);

/// The longest of `phrases` that matches at `pos` (see match_phrase).
template <std::size_t N>
std::size_t match_longest_phrase(std::string_view s, std::size_t pos, std::size_t end,
                                 const std::string_view (&phrases)[N]) {
  // The first word, folded once, rules out most phrases without matching them.
  const std::size_t word_end = letter_run_end(s, pos, end);
  if (word_end == pos) return no_match;
  const folded_word first(s, pos, word_end);
  const std::string_view word = first.view();  // empty if too long to fold here
  std::size_t best = no_match;
  for (std::string_view p : phrases) {
    // The phrase's first word must be `word`: most differ in the first byte.
    if (!word.empty() && (p.size() < word.size() || p[0] != word[0] ||
                          p.compare(0, word.size(), word) != 0 ||
                          (p.size() > word.size() && p[word.size()] != ' ')))
      continue;
    const std::size_t e = match_phrase(s, pos, end, p);
    if (e != no_match && (best == no_match || e > best)) best = e;
  }
  return best;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
