// Hand-written scanner for dates written in news style, in the supported
// languages. Works on a bounded window of tokens from a starting point, so
// searching a text for dates takes linear time.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "newslib/date.hpp"
#include "newslib/span.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// The language of a text, worked out only if something asks for it (the
/// date scanner rarely needs it, and identifying it reads the text).
class language_source {
 public:
  virtual ~language_source() = default;
  /// ISO 639-1 code of the text, or empty; the same on every call.
  virtual std::string_view code() = 0;
};

struct date_scan_options {
  date_order numeric_order = date_order::month_first;
  /// ISO 639-1 code of the text, or empty. Month names that are also common
  /// words ("mar", "set") count without a year only in lower case when they
  /// belong to this language; otherwise they must be capitalised.
  std::string_view language;
  /// If set, the language is asked of it, when first needed, instead.
  language_source* lazy_language = nullptr;
};

/// A date as written: the year is absent for forms like "Sept. 6".
struct scanned_date {
  std::optional<int> year;
  unsigned month = 0;
  unsigned day = 0;
  span where;  // byte offsets into the scanned text
};

/// True for a real proleptic Gregorian date (day within its month, Feb 29 only
/// in leap years).
bool is_valid_date(int year, unsigned month, unsigned day) noexcept;

/// The longest date that starts exactly at byte `pos` of `text` and does not
/// cross a line break. Yearless dates are returned only if the day can occur
/// in that month in some year.
std::optional<scanned_date> match_date_at(std::string_view text, std::size_t pos,
                                          const date_scan_options& options);

/// The first date that starts in [from, to) and ends by `to`. Yearless dates
/// take `default_year` (and must be valid in it); without one they are skipped,
/// unless `keep_yearless`, which returns them with no year.
std::optional<scanned_date> search_date(std::string_view text, std::size_t from, std::size_t to,
                                        const date_scan_options& options,
                                        std::optional<int> default_year, bool keep_yearless);

}  // namespace detail
NEWSLIB_END_NAMESPACE
