// Parses and searches arbitrary text for dates; every date found must be a
// real calendar date that reads back the same from its ISO form, and a date
// found inside a text must parse on its own from the span reported.
#include <cstdint>
#include <string>

#include "fuzz_check.hpp"
#include "newslib/date.hpp"

namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool is_real(const newslib::calendar_date& d) {
  static const unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  const unsigned limit = days[d.month - 1] + (d.month == 2 && is_leap(d.year) ? 1 : 0);
  return d.day <= limit;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newslib::fuzz;
  const auto input = take_control(data, size);
  newslib::date_options options;
  options.numeric_order = (input.control & 1) ? newslib::date_order::day_first
                                              : newslib::date_order::month_first;
  if (input.control & 2) options.default_year = 2025;

  const auto parsed = newslib::parse_date(input.text, options);
  if (parsed) {
    NEWSLIB_FUZZ_CHECK(is_real(*parsed));
    const std::string iso = parsed->iso();
    if (parsed->year >= 1000 && parsed->year <= 9999) {
      NEWSLIB_FUZZ_CHECK(iso.size() == 10 && iso[4] == '-' && iso[7] == '-');
      const auto again = newslib::parse_date(iso, options);
      NEWSLIB_FUZZ_CHECK(again.has_value());
      NEWSLIB_FUZZ_CHECK(*again == *parsed);
    }
  }
  const auto found = newslib::find_date(input.text, options);
  if (found) {
    NEWSLIB_FUZZ_CHECK(is_real(found->date));
    NEWSLIB_FUZZ_CHECK(found->begin < found->end && found->end <= input.text.size());
    if (valid_utf8(input.text)) {
      NEWSLIB_FUZZ_CHECK(well_formed(input.text, {found->begin, found->end}));
    }
  }
  // A text that is one date as a whole contains that date.
  if (parsed) NEWSLIB_FUZZ_CHECK(found.has_value());
  // Deterministic.
  NEWSLIB_FUZZ_CHECK(newslib::parse_date(input.text, options) == parsed);
  return 0;
}
