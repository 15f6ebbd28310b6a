// Finding a news article's metadata (headline, date, byline, dateline, source)
// and its closing trailer, so that the body can be segmented on its own.
#pragma once

#include <string_view>

#include "meta/date_scanner.hpp"
#include "newslib/date.hpp"
#include "newslib/metadata.hpp"
#include "newslib/span.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

struct extracted_metadata {
  newslib::metadata meta;
  newslib::span body;
};

/// Finds headline, date, dateline, byline, source and trailer in `text` (valid
/// UTF-8). `body` is the byte range left for paragraphs and sentences: everything
/// that is not metadata at the top or trailer at the end (a dateline at the start
/// of the first body paragraph is excluded from the body: body.begin moves past
/// it). Linear time in the size of `text`; never fails. With
/// `first_line_is_headline` the first content line is the headline whatever it
/// looks like (a web page's markup said so), unless nothing follows it.
extracted_metadata extract_metadata(std::string_view text, const newslib::date_options& dates,
                                    std::string_view language, bool first_line_is_headline = false);

/// The same, with the language worked out only if a date needs it.
extracted_metadata extract_metadata(std::string_view text, const newslib::date_options& dates,
                                    language_source& language, bool first_line_is_headline = false);

}  // namespace detail
NEWSLIB_END_NAMESPACE
