// Simple case folding by code-point range for the scanners (sentence
// splitter, metadata): one code point to one, no ICU call, so it can run on
// every word start. It covers the cased scripts of the supported languages
// (Latin, Greek, Cyrillic, Armenian); other code points stay as they are.
// Keys for matching terms need full folding and normalisation: term_key.hpp.
#pragma once

#include "newslib/config.hpp"
#include <cstddef>
#include <string>
#include <string_view>

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// ASCII-only lower case, for markup names and keys (tag attributes, rules).
inline char ascii_lower(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

/// `s` with its ASCII letters lowercased; other bytes are kept as they are.
inline std::string ascii_lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

/// The lower-case form of `c` in the scripts listed above, else `c`.
char32_t fold_simple_case(char32_t c) noexcept;

/// True for upper-case letters that fold_simple_case changes.
inline bool is_simple_upper(char32_t c) noexcept { return fold_simple_case(c) != c; }

/// True for lower-case letters of the scripts fold_simple_case knows.
bool is_simple_lower(char32_t c) noexcept;

/// Appends the folded form of `text` to `out`. Ill-formed bytes are copied
/// through unchanged, so any byte string can be folded.
void append_simple_folded(std::string_view text, std::string& out);

/// A short word folded into a fixed buffer, without allocating: the metadata
/// scanners look up every word start, so this sits on their hot path.
class folded_word {
 public:
  static constexpr std::size_t capacity = 64;
  /// Folds s[begin, end); the result is empty if it would not fit.
  folded_word(std::string_view s, std::size_t begin, std::size_t end) noexcept;
  [[nodiscard]] std::string_view view() const noexcept { return {buffer_, size_}; }

 private:
  char buffer_[capacity];
  std::size_t size_ = 0;
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
