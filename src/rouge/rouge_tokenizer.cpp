#include "rouge/rouge_tokenizer.hpp"

#include <utility>

#include "rouge/porter_stemmer.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

std::vector<std::string> rouge_tokenize(std::string_view text, bool stem) {
  std::vector<std::string> tokens;
  std::string current;
  const auto flush = [&] {
    if (current.empty()) return;
    if (stem && current.size() > 3) current = porter_stem(current);
    if (!current.empty()) tokens.push_back(std::move(current));
    current.clear();
  };

  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      current.push_back(static_cast<char>(c));
    } else if (c >= 'A' && c <= 'Z') {
      current.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(text[i + 1]) == 0x84 &&
               static_cast<unsigned char>(text[i + 2]) == 0xAA) {
      current.push_back('k');  // U+212A KELVIN SIGN lowercases to 'k'
      i += 2;
    } else if (c == 0xC4 && i + 1 < n && static_cast<unsigned char>(text[i + 1]) == 0xB0) {
      // U+0130 lowercases to "i" + U+0307; the combining dot separates.
      current.push_back('i');
      flush();
      i += 1;
    } else {
      // Lead and continuation bytes of the same character are all separators,
      // and none of them is ASCII, so scanning bytes is exact.
      flush();
    }
  }
  flush();
  return tokens;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
