#include "newslib/date.hpp"

#include <cstdio>

#include "meta/date_scanner.hpp"
#include "text/code_point_scan.hpp"

NEWSLIB_BEGIN_NAMESPACE

std::string calendar_date::iso() const {
  char buffer[48];
  const long long y = year;
  std::snprintf(buffer, sizeof buffer, "%s%04lld-%02u-%02u", y < 0 ? "-" : "", y < 0 ? -y : y,
                month, day);
  return buffer;
}

std::optional<calendar_date> parse_date(std::string_view text, const date_options& options) {
  const span r = detail::trim(text, 0, text.size());
  if (r.begin == r.end) return std::nullopt;
  detail::date_scan_options scan;
  scan.numeric_order = options.numeric_order;
  const auto m = detail::match_date_at(text.substr(0, r.end), r.begin, scan);
  if (!m || m->where.end != r.end) return std::nullopt;
  const std::optional<int> year = m->year ? m->year : options.default_year;
  if (!year || !detail::is_valid_date(*year, m->month, m->day)) return std::nullopt;
  return calendar_date{*year, m->month, m->day};
}

std::optional<date_match> find_date(std::string_view text, const date_options& options) {
  detail::date_scan_options scan;
  scan.numeric_order = options.numeric_order;
  const auto m = detail::search_date(text, 0, text.size(), scan, options.default_year, false);
  if (!m) return std::nullopt;
  return date_match{calendar_date{*m->year, m->month, m->day}, m->where.begin, m->where.end};
}

NEWSLIB_END_NAMESPACE
