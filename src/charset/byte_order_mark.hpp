// Byte order marks: the one signal that beats every declaration.
#pragma once

#include <cstddef>
#include <string_view>

namespace newslib::detail {

struct byte_order_mark {
  std::string_view encoding;  // canonical name; empty when there is no mark
  std::size_t size = 0;
};

/// The byte order mark at the start of `bytes`, if any. UTF-32LE's mark
/// starts with UTF-16LE's, so it is tested first.
inline byte_order_mark find_byte_order_mark(std::string_view bytes) noexcept {
  auto starts = [&](std::string_view mark) { return bytes.substr(0, mark.size()) == mark; };
  using namespace std::string_view_literals;
  if (starts("\xEF\xBB\xBF"sv)) return {"UTF-8", 3};
  if (starts("\xFF\xFE\x00\x00"sv)) return {"UTF-32LE", 4};
  if (starts("\x00\x00\xFE\xFF"sv)) return {"UTF-32BE", 4};
  if (starts("\xFF\xFE"sv)) return {"UTF-16LE", 2};
  if (starts("\xFE\xFF"sv)) return {"UTF-16BE", 2};
  return {};
}

}  // namespace newslib::detail
