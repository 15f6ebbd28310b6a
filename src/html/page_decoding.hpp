// A page's bytes as UTF-8, with the way back to the bytes.
#pragma once

#include "newslib/config.hpp"
#include <string>
#include <string_view>

#include "newslib/encoding.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// The charset label a page declares in its first 1024 bytes (<meta charset>
/// or <meta http-equiv="Content-Type" content="…charset=…">), as the HTML
/// standard's prescan finds it; empty when there is none.
[[nodiscard]] std::string declared_charset(std::string_view bytes);

/// Decodes a page, choosing the charset as browsers do with one safeguard:
/// `override_label` when given; else a byte order mark; else the declared
/// charset, unless the bytes contradict it (a page declared UTF-8 that is not
/// valid UTF-8, or declared a legacy charset but valid multi-byte UTF-8);
/// else detection. Invalid sequences become U+FFFD; never throws for bytes.
[[nodiscard]] decoded_text decode_page(std::string_view bytes, std::string_view override_label);

}  // namespace detail
NEWSLIB_END_NAMESPACE
