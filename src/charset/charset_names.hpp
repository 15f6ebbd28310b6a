// The encodings newslib decodes, and the labels that name them.
#pragma once

#include <string_view>
#include <vector>

namespace newslib::detail {

/// How an encoding is converted to UTF-8.
enum class charset_kind {
  utf8,         // checked (and repaired) in place
  single_byte,  // a 256-entry table, built once with Boost.Locale's converter
  multi_byte,   // ICU's converter, which reports each character's source offset
};

struct charset {
  std::string_view name;       // canonical (WHATWG) name
  charset_kind kind;
  const char* converter;       // name given to Boost.Locale (single_byte) or ICU (multi_byte)
};

/// The charset a label names (WHATWG rules: ASCII case-insensitive, ASCII
/// whitespace around it ignored), or nullptr.
const charset* find_charset(std::string_view label) noexcept;

/// Every charset, in table order.
const std::vector<charset>& all_charsets();

}  // namespace newslib::detail
