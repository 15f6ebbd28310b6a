// Dates as page metadata writes them: ISO 8601 timestamps, RFC 2822 headers,
// news-style strings, and the /2024/05/17/ path of an article's address.
#pragma once

#include "newslib/config.hpp"
#include <optional>
#include <string_view>

#include "newslib/date.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Reads the date of a metadata value: "2024-05-17", "2024-05-17T23:30:00-07:00",
/// "20240517", "2024/05/17 09:30", "Fri, 17 May 2024 09:30:00 GMT",
/// "May 17, 2024 9:30 AM". The calendar date is taken as written: a time zone
/// never moves it to another day. Returns nullopt when no valid date leads the value.
[[nodiscard]] std::optional<calendar_date> parse_meta_date(std::string_view value);

/// The date in an address's path, written /2024/05/17/, /2024-05-17/ or
/// /20240517/ (a whole path segment, or one joined to a slug by '-' or '_').
[[nodiscard]] std::optional<calendar_date> date_from_url(std::string_view url);

}  // namespace detail
NEWSLIB_END_NAMESPACE
