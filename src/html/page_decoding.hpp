// A page's bytes as UTF-8, with the way back to the bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "newslib/span.hpp"

namespace newslib::detail {

struct decoded_page {
  std::string text;      // valid UTF-8
  std::string encoding;  // canonical name of the charset it was decoded from
  std::size_t lead = 0;  // bytes of a byte order mark before the text

  /// Offset in the original bytes of UTF-8 offset `at` of `text`.
  [[nodiscard]] std::size_t source_offset(std::size_t at) const noexcept { return lead + at; }
  [[nodiscard]] span source_span(span s) const noexcept {
    return {source_offset(s.begin), source_offset(s.end)};
  }
};

/// The charset label a page declares in its first 1024 bytes (<meta charset>
/// or <meta http-equiv="Content-Type" content="…charset=…">), as the HTML
/// standard's prescan finds it; empty when there is none.
[[nodiscard]] std::string declared_charset(std::string_view bytes);

/// Decodes a page: `override_label` when given, else a byte order mark, else
/// the declared charset, else detection. Invalid sequences become U+FFFD.
[[nodiscard]] decoded_page decode_page(std::string_view bytes, std::string_view override_label);

}  // namespace newslib::detail
