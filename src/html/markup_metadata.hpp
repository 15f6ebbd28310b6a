// Metadata from a parsed page's markup: JSON-LD, OpenGraph, <meta>, <time>,
// rel=author, byline blocks, <html lang> and the URL.
#pragma once

#include <string_view>

#include <lexbor/html/html.h>

#include "newslib/page_metadata.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Reads what `page` (a parsed, UTF-8 page) says about its article. `url` is
/// the page's address when known (empty otherwise): it resolves relative
/// canonical links and gives a date from a /yyyy/mm/dd/ path. Never throws on
/// malformed markup or JSON: a field that cannot be read is left absent.
[[nodiscard]] page_metadata read_page_metadata(lxb_html_document_t* page, std::string_view url);

}  // namespace detail
NEWSLIB_END_NAMESPACE
