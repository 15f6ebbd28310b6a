#include "newslib/date.hpp"

#include <gtest/gtest.h>

#include <string>

#include "meta/date_scanner.hpp"

using newslib::calendar_date;
using newslib::date_options;
using newslib::date_order;
using newslib::find_date;
using newslib::parse_date;

namespace {

std::string iso(std::string_view text, const date_options& options = {}) {
  const auto d = parse_date(text, options);
  return d ? d->iso() : std::string("none");
}

date_options with_year(int year) {
  date_options o;
  o.default_year = year;
  return o;
}

}  // namespace

TEST(CalendarDate, IsoFormatsWithPadding) {
  EXPECT_EQ((calendar_date{2025, 9, 6}.iso()), "2025-09-06");
  EXPECT_EQ((calendar_date{987, 12, 31}.iso()), "0987-12-31");
  EXPECT_EQ((calendar_date{-44, 3, 15}.iso()), "-0044-03-15");
  EXPECT_EQ((calendar_date{2025, 9, 6}), (calendar_date{2025, 9, 6}));
  EXPECT_NE((calendar_date{2025, 9, 6}), (calendar_date{2025, 9, 7}));
}

TEST(ParseDate, EnglishNewsForms) {
  EXPECT_EQ(iso("Sat. Sep 6th, 2025"), "2025-09-06");
  EXPECT_EQ(iso("September 6, 2025"), "2025-09-06");
  EXPECT_EQ(iso("6 Sept 2025"), "2025-09-06");
  EXPECT_EQ(iso("6 Sept. 2025"), "2025-09-06");
  EXPECT_EQ(iso("Sept. 6, 2025"), "2025-09-06");
  EXPECT_EQ(iso("September 6 2025"), "2025-09-06");
  EXPECT_EQ(iso("6th September 2025"), "2025-09-06");
  EXPECT_EQ(iso("6th of September, 2025"), "2025-09-06");
  EXPECT_EQ(iso("  \tOct 1st, 2024 \n"), "2024-10-01");
  EXPECT_EQ(iso("Nov. 22nd 2024"), "2024-11-22");
  EXPECT_EQ(iso("Dec 23rd, 2024"), "2024-12-23");
  EXPECT_EQ(iso("January 11th, 2024"), "2024-01-11");
  EXPECT_EQ(iso("SEPTEMBER 6, 2025"), "2025-09-06");
  EXPECT_EQ(iso("may 6, 2025"), "2025-05-06");
}

TEST(ParseDate, WeekdayPrefixes) {
  EXPECT_EQ(iso("Saturday, September 6, 2025"), "2025-09-06");
  EXPECT_EQ(iso("Sat, 6 Sep 2025"), "2025-09-06");
  EXPECT_EQ(iso("Sat Sep 6 2025"), "2025-09-06");
  EXPECT_EQ(iso("Thurs. Sept. 4, 2025"), "2025-09-04");
  EXPECT_EQ(iso("Tue 2025-09-02"), "2025-09-02");
  EXPECT_EQ(iso("Samstag, 6. September 2025"), "2025-09-06");
  EXPECT_EQ(iso("Sa., 6. Sept. 2025"), "2025-09-06");
  EXPECT_EQ(iso("samedi 6 septembre 2025"), "2025-09-06");
  EXPECT_EQ(iso("sábado, 6 de septiembre de 2025"), "2025-09-06");
  EXPECT_EQ(iso("sexta-feira, 5 de setembro de 2025"), "2025-09-05");
  EXPECT_EQ(iso("lauantaina 6. syyskuuta 2025"), "2025-09-06");
  EXPECT_EQ(iso("суббота, 6 сентября 2025 г."), "2025-09-06");
  // A weekday alone, or a two-letter abbreviation without its dot, is no date.
  EXPECT_EQ(iso("Saturday"), "none");
  EXPECT_EQ(iso("Sa 6. September 2025"), "none");
  // Lower-case abbreviations are ordinary words ("sat"), not weekdays.
  EXPECT_EQ(iso("sat Sep 6 2025"), "none");
}

TEST(ParseDate, OtherLanguages) {
  EXPECT_EQ(iso("6. September 2025"), "2025-09-06");
  EXPECT_EQ(iso("6. März 2025"), "2025-03-06");
  EXPECT_EQ(iso("6 septembre 2025"), "2025-09-06");
  EXPECT_EQ(iso("1er août 2025"), "2025-08-01");
  EXPECT_EQ(iso("6 FÉVRIER 2024"), "2024-02-06");
  EXPECT_EQ(iso("6 de septiembre de 2025"), "2025-09-06");
  EXPECT_EQ(iso("6 de septiembre del 2025"), "2025-09-06");
  EXPECT_EQ(iso("1º de setembro de 2025"), "2025-09-01");
  EXPECT_EQ(iso("6 settembre 2025"), "2025-09-06");
  EXPECT_EQ(iso("6 de setembro de 2025"), "2025-09-06");
  EXPECT_EQ(iso("6 september 2025"), "2025-09-06");
  EXPECT_EQ(iso("6 maart 2025"), "2025-03-06");
  EXPECT_EQ(iso("6 augusti 2025"), "2025-08-06");
  EXPECT_EQ(iso("6. desember 2025"), "2025-12-06");
  EXPECT_EQ(iso("6. marts 2025"), "2025-03-06");
  EXPECT_EQ(iso("6. syyskuuta 2025"), "2025-09-06");
  EXPECT_EQ(iso("6 сентября 2025 г."), "2025-09-06");
  EXPECT_EQ(iso("6 сентября 2025г."), "2025-09-06");
  EXPECT_EQ(iso("6 сентября 2025 года"), "2025-09-06");
  EXPECT_EQ(iso("6 Сентября 2025"), "2025-09-06");
}

TEST(ParseDate, NumericForms) {
  EXPECT_EQ(iso("2025-09-06"), "2025-09-06");
  EXPECT_EQ(iso("2025/09/06"), "2025-09-06");
  EXPECT_EQ(iso("2025.9.6"), "2025-09-06");
  EXPECT_EQ(iso("2025-09-06T08:30:00Z"), "2025-09-06");
  EXPECT_EQ(iso("2025-09-06T08:30"), "2025-09-06");
  EXPECT_EQ(iso("2025-09-06T08:30:00.123+02:00"), "2025-09-06");
  EXPECT_EQ(iso("2025-09-06 08:30:00-0400"), "2025-09-06");
  EXPECT_EQ(iso("2025-09-06T25:30:00Z"), "none");
  EXPECT_EQ(iso("2025-09-06Tomorrow"), "none");
  EXPECT_EQ(iso("25/12/2025"), "2025-12-25");
  EXPECT_EQ(iso("12/25/2025"), "2025-12-25");
  EXPECT_EQ(iso("6.9.2025"), "2025-09-06");  // dots: always day first
}

TEST(ParseDate, AmbiguousNumericOrderFollowsOptions) {
  EXPECT_EQ(iso("06/09/2025"), "2025-06-09");  // month first by default
  date_options day_first;
  day_first.numeric_order = date_order::day_first;
  EXPECT_EQ(iso("06/09/2025", day_first), "2025-09-06");
  EXPECT_EQ(iso("06-09-2025", day_first), "2025-09-06");
  // Unambiguous forms ignore the option.
  EXPECT_EQ(iso("25/12/2025", day_first), "2025-12-25");
  EXPECT_EQ(iso("12/25/2025", day_first), "2025-12-25");
  EXPECT_EQ(iso("2025-09-06", day_first), "2025-09-06");
  date_options month_first;
  month_first.numeric_order = date_order::month_first;
  EXPECT_EQ(iso("25/12/2025", month_first), "2025-12-25");
}

TEST(ParseDate, YearlessFormsNeedADefaultYear) {
  EXPECT_EQ(iso("Sept. 6"), "none");
  EXPECT_EQ(iso("Sept. 6", with_year(2025)), "2025-09-06");
  EXPECT_EQ(iso("6 September", with_year(2024)), "2024-09-06");
  EXPECT_EQ(iso("Feb 29", with_year(2024)), "2024-02-29");
  EXPECT_EQ(iso("Feb 29", with_year(2025)), "none");
  EXPECT_EQ(iso("Feb 30", with_year(2024)), "none");
  // A written year wins over the default.
  EXPECT_EQ(iso("Sept. 6, 2023", with_year(2025)), "2023-09-06");
  // Month names that are common words need a capital when they stand alone.
  EXPECT_EQ(iso("6 out", with_year(2025)), "none");
  EXPECT_EQ(iso("6 Out", with_year(2025)), "2025-10-06");
  EXPECT_EQ(iso("May 6", with_year(2025)), "2025-05-06");
  EXPECT_EQ(iso("may 6", with_year(2025)), "none");
}

TEST(ParseDate, RejectsImpossibleDates) {
  EXPECT_EQ(iso("February 29, 2025"), "none");
  EXPECT_EQ(iso("February 29, 2024"), "2024-02-29");
  EXPECT_EQ(iso("February 29, 2000"), "2000-02-29");
  EXPECT_EQ(iso("February 29, 1900"), "none");
  EXPECT_EQ(iso("September 31, 2025"), "none");
  EXPECT_EQ(iso("April 31 2025"), "none");
  EXPECT_EQ(iso("2025-02-30"), "none");
  EXPECT_EQ(iso("2025-13-01"), "none");
  EXPECT_EQ(iso("2025-00-10"), "none");
  EXPECT_EQ(iso("32 May 2025"), "none");
  EXPECT_EQ(iso("0 May 2025"), "none");
  EXPECT_EQ(iso("13/13/2025"), "none");
  EXPECT_EQ(iso("31/04/2025"), "none");
  EXPECT_EQ(iso("Sep 6st, 2025"), "none");  // wrong ordinal suffix
  EXPECT_EQ(iso("Sep 11st, 2025"), "none");
  EXPECT_EQ(iso("Sep 11th, 2025"), "2025-09-11");
}

TEST(ParseDate, RejectsTextThatIsNotOnlyADate) {
  EXPECT_EQ(iso(""), "none");
  EXPECT_EQ(iso("   \n "), "none");
  EXPECT_EQ(iso("September"), "none");
  EXPECT_EQ(iso("September 2025"), "none");
  EXPECT_EQ(iso("On September 6, 2025"), "none");
  EXPECT_EQ(iso("September 6, 2025 was a Saturday"), "none");
  EXPECT_EQ(iso("2025"), "none");
  EXPECT_EQ(iso("6"), "none");
  EXPECT_EQ(iso("12345-09-06"), "none");
  EXPECT_EQ(iso("2025-09-06-07"), "none");
  EXPECT_EQ(iso("1/2"), "none");
  EXPECT_EQ(iso("Septembre 6, 20256"), "none");
  EXPECT_EQ(iso("\xFF\xFE 6 Sept 2025"), "none");
  EXPECT_EQ(iso("September\n6, 2025"), "none");
}

TEST(FindDate, FindsTheFirstDateAndItsOffsets) {
  const std::string text = "Updated 10:32 GMT, 6 September 2025";
  const auto m = find_date(text);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->date.iso(), "2025-09-06");
  EXPECT_EQ(text.substr(m->begin, m->end - m->begin), "6 September 2025");

  const std::string dateline = "SEOUL, Sept. 6 (Reuters) - Officials met.";
  EXPECT_FALSE(find_date(dateline));
  const auto d = find_date(dateline, with_year(2025));
  ASSERT_TRUE(d);
  EXPECT_EQ(dateline.substr(d->begin, d->end - d->begin), "Sept. 6");

  const std::string iso_text = "posted at 2025-09-06T08:30:00Z by the desk";
  const auto i = find_date(iso_text);
  ASSERT_TRUE(i);
  EXPECT_EQ(iso_text.substr(i->begin, i->end - i->begin), "2025-09-06T08:30:00Z");
}

TEST(FindDate, SkipsInvalidAndGluedCandidates) {
  const std::string text = "Not 2025-02-30, not x2025-09-01, but 1 March 2024.";
  const auto m = find_date(text);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->date.iso(), "2024-03-01");
  EXPECT_EQ(text.substr(m->begin, m->end - m->begin), "1 March 2024");
  EXPECT_FALSE(find_date("version 1.2.2025.3 and ip 10.6.9.2025"));
  EXPECT_FALSE(find_date("They scored 6 out of 10 in the test.", with_year(2025)));
  EXPECT_FALSE(find_date("no dates at all here"));
  EXPECT_FALSE(find_date(""));
}

TEST(FindDate, FullWeekdayNamesExtendTheMatch) {
  const std::string text = "It happened on Saturday, 6 September 2025, at noon.";
  const auto m = find_date(text);
  ASSERT_TRUE(m);
  EXPECT_EQ(text.substr(m->begin, m->end - m->begin), "Saturday, 6 September 2025");
}

TEST(FindDate, LinearOnHugeAndHostileInput) {
  std::string junk;
  for (int i = 0; i < 200000; ++i) junk += "6 Sept 9/9/ 2025-1 \xFF\xC3 ";
  junk += std::string(1 << 20, '7');  // one enormous number
  junk += std::string(1 << 20, 'a');  // one enormous word
  junk += " 6 Sept 2025";
  const auto m = find_date(junk);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->date.iso(), "2025-09-06");
  EXPECT_EQ(m->end, junk.size());
  const std::string binary("\x00\x01\x02 2025\x00-09-06", 16);
  EXPECT_FALSE(find_date(binary));
  EXPECT_FALSE(parse_date(std::string(1 << 20, ' ')));
}

TEST(DateScanner, YearlessMatchesAreReportedWhenAsked) {
  newslib::detail::date_scan_options options;
  const std::string text = "LONDON, 6 September (BBC) -";
  const auto m = newslib::detail::search_date(text, 0, text.size(), options, std::nullopt, true);
  ASSERT_TRUE(m);
  EXPECT_FALSE(m->year);
  EXPECT_EQ(m->month, 9u);
  EXPECT_EQ(m->day, 6u);
  EXPECT_EQ(text.substr(m->where.begin, m->where.size()), "6 September");
  // The text's language makes its own lower-case month words count.
  const std::string pt = "Lisboa, 6 set (Lusa) -";
  EXPECT_FALSE(newslib::detail::search_date(pt, 0, pt.size(), options, std::nullopt, true));
  options.language = "pt";
  EXPECT_TRUE(newslib::detail::search_date(pt, 0, pt.size(), options, std::nullopt, true));
}

TEST(FindDate, EveryMatchParsesOnItsOwn) {
  // Random texts built from date fragments: whatever find_date reports must
  // read back as the same date when parsed alone.
  const char* const pieces[] = {"6",  "06", "2025", "Sept", ".", ",", " ", "  ", "th", "/",
                                "-",  "September", "Sat", "T08:30", "1er", "de", "\n",
                                "31", "Feb", "29", "2024", "мая", "г", "x", "\xC2\xA0",
                                "12", "13", ":", "Z", "(", "of", "\xE2\x80\x94", "5."};
  const std::size_t count = sizeof pieces / sizeof pieces[0];
  unsigned state = 12345;
  auto next = [&] {
    state = state * 1103515245u + 12345u;
    return (state >> 16) & 0x7FFF;
  };
  int found = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const unsigned n = 1 + next() % 12;
    for (unsigned k = 0; k < n; ++k) text += pieces[next() % count];
    date_options options;
    if (next() % 2) options.numeric_order = date_order::day_first;
    if (next() % 2) options.default_year = 2024;
    const auto m = find_date(text, options);
    if (!m) continue;
    ++found;
    ASSERT_LE(m->begin, m->end) << text;
    ASSERT_LE(m->end, text.size()) << text;
    const auto again = parse_date(text.substr(m->begin, m->end - m->begin), options);
    ASSERT_TRUE(again) << text;
    EXPECT_EQ(*again, m->date) << text;
  }
  EXPECT_GT(found, 100);  // the generator does make dates
}
