#include "newslib/config.hpp"
#include "html/meta_dates.hpp"

#include <cstddef>

#include "meta/date_scanner.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

// The number written by `count` digits at `pos`, or -1.
int digits_at(std::string_view s, std::size_t pos, std::size_t count) noexcept {
  if (pos + count > s.size()) return -1;
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (!is_digit(s[i])) return -1;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

std::optional<calendar_date> checked(int year, int month, int day) {
  if (year < 1900 || year > 2199 || month < 1 || day < 1) return std::nullopt;
  if (!is_valid_date(year, static_cast<unsigned>(month), static_cast<unsigned>(day))) {
    return std::nullopt;
  }
  return calendar_date{year, static_cast<unsigned>(month), static_cast<unsigned>(day)};
}

// "yyyy-mm-dd" / "yyyy/mm/dd" / "yyyy.mm.dd" at `pos` (one- or two-digit month
// and day), or "yyyymmdd"; `end` receives where the date stops.
std::optional<calendar_date> numeric_date_at(std::string_view s, std::size_t pos,
                                             std::size_t& end) {
  const int year = digits_at(s, pos, 4);
  if (year < 0) return std::nullopt;
  std::size_t i = pos + 4;
  if (i < s.size() && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
    const char separator = s[i];
    auto read_part = [&](std::size_t& at) {
      int value = -1;
      std::size_t n = 0;
      while (at < s.size() && is_digit(s[at]) && n < 2) {
        value = (value < 0 ? 0 : value * 10) + (s[at] - '0');
        ++at;
        ++n;
      }
      return (at < s.size() && is_digit(s[at])) ? -1 : value;
    };
    ++i;
    const int month = read_part(i);
    if (month < 0 || i >= s.size() || s[i] != separator) return std::nullopt;
    ++i;
    const int day = read_part(i);
    if (day < 0) return std::nullopt;
    end = i;
    return checked(year, month, day);
  }
  const int month = digits_at(s, i, 2);
  const int day = digits_at(s, i + 2, 2);
  if (month < 0 || day < 0) return std::nullopt;
  end = i + 4;
  if (end < s.size() && is_digit(s[end])) {
    // "20240517093000" (yyyymmddhhmmss) is a compact timestamp; longer digit
    // runs (epoch seconds, ids) are not dates.
    std::size_t run = end;
    while (run < s.size() && is_digit(s[run])) ++run;
    if (run - end != 6 && run - end != 4) return std::nullopt;
    end = run;
  }
  return checked(year, month, day);
}

}  // namespace

std::optional<calendar_date> parse_meta_date(std::string_view value) {
  std::size_t begin = 0;
  while (begin < value.size() && static_cast<unsigned char>(value[begin]) <= ' ') ++begin;
  value.remove_prefix(begin);
  while (!value.empty() && static_cast<unsigned char>(value.back()) <= ' ') value.remove_suffix(1);
  if (value.empty() || value.size() > 200) return std::nullopt;

  std::size_t end = 0;
  if (digits_at(value, 0, 4) >= 0) {
    const auto date = numeric_date_at(value, 0, end);
    if (!date) return std::nullopt;
    // What follows is a time ("T09:30", " 09:30:00 +0200") or nothing.
    if (end == value.size() || value[end] == 'T' || value[end] == 't' || value[end] == ' ' ||
        value[end] == '_') {
      return date;
    }
    return std::nullopt;
  }
  // News-style and RFC 2822 forms: the whole value, or the date that opens it
  // (a time and zone may follow it).
  if (auto date = parse_date(value)) return date;
  const auto found = find_date(value);
  if (!found || found->begin > 16) return std::nullopt;  // past a weekday name, nothing else
  return found->date;
}

std::optional<calendar_date> date_from_url(std::string_view url) {
  // Only the path: skip "scheme://host".
  std::size_t path = url.find("://");
  path = path == std::string_view::npos ? 0 : url.find('/', path + 3);
  if (path == std::string_view::npos) return std::nullopt;
  const std::size_t query = url.find_first_of("?#", path);
  if (query != std::string_view::npos) url = url.substr(0, query);

  for (std::size_t i = path; i < url.size(); ++i) {
    const char before = url[i];
    if (before != '/' && before != '-' && before != '_') continue;
    std::size_t end = 0;
    auto date = numeric_date_at(url, i + 1, end);
    if (!date) {
      // "/2023-11/17/": a year-month folder, then the day.
      const int year = digits_at(url, i + 1, 4);
      const int month = digits_at(url, i + 6, 2);
      const int day = digits_at(url, i + 9, 2);
      if (year < 0 || month < 0 || day < 0 || url[i + 5] != '-' || url[i + 8] != '/') continue;
      date = checked(year, month, day);
      end = i + 11;
      if (!date) continue;
    }
    // The date must end its segment or meet a separator, so "/2024/05/17/" and
    // "/story-2024-05-17-slug" count but "/12345678901/" does not.
    const bool closed = end == url.size() || url[end] == '/' || url[end] == '-' ||
                        url[end] == '_' || url[end] == '.';
    // A slug-joined date needs separators ("2024-05-17"); eight loose digits
    // after '-' are usually an id.
    const bool compact = end == i + 9;
    if (closed && !(compact && before != '/')) return date;
  }
  return std::nullopt;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
