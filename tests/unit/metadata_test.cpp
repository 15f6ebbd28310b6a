#include "meta/metadata_extractor.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "shared_data.hpp"

using newslib::date_options;
using newslib::span;
using newslib::detail::extract_metadata;
using newslib::detail::extracted_metadata;

namespace {

std::string_view cut(std::string_view text, span s) {
  return text.substr(s.begin, s.end - s.begin);
}

// Every span lies inside the text, inside one line, and the body follows the
// header and precedes the trailer.
void check_spans(std::string_view text, const extracted_metadata& m) {
  auto inside_line = [&](span s, const char* what) {
    ASSERT_LE(s.begin, s.end) << what;
    ASSERT_LE(s.end, text.size()) << what;
    const std::string_view part = cut(text, s);
    EXPECT_EQ(part.find('\n'), std::string_view::npos) << what;
    EXPECT_EQ(part.find('\r'), std::string_view::npos) << what;
  };
  if (m.meta.title) inside_line(*m.meta.title, "title");
  if (m.meta.dateline) inside_line(*m.meta.dateline, "dateline");
  if (m.meta.date_text) inside_line(*m.meta.date_text, "date_text");
  if (m.meta.byline) inside_line(*m.meta.byline, "byline");
  EXPECT_EQ(m.meta.date.has_value(), m.meta.date_text.has_value());
  for (const span& t : m.meta.trailer) {
    inside_line(t, "trailer");
    EXPECT_GE(t.begin, m.body.end);
  }
  ASSERT_LE(m.body.begin, m.body.end);
  ASSERT_LE(m.body.end, text.size());
  // Metadata never overlaps the body.
  for (const auto& s : {m.meta.title, m.meta.byline, m.meta.dateline, m.meta.date_text}) {
    if (s && !m.body.empty()) {
      EXPECT_TRUE(s->end <= m.body.begin || s->begin >= m.body.end);
    }
  }
}

extracted_metadata extract(std::string_view text, const date_options& dates = {},
                           std::string_view language = "en") {
  extracted_metadata m = extract_metadata(text, dates, language);
  check_spans(text, m);
  return m;
}

}  // namespace

TEST(Metadata, HeadlineThenBody) {
  const std::string text =
      "Harbour bridge reopens after repairs\n\n"
      "The old harbour bridge opened to traffic again on Monday. Engineers finished early.\n";
  const auto m = extract(text);
  ASSERT_TRUE(m.meta.title);
  EXPECT_EQ(cut(text, *m.meta.title), "Harbour bridge reopens after repairs");
  EXPECT_EQ(cut(text, m.body),
            "The old harbour bridge opened to traffic again on Monday. Engineers finished early.");
  EXPECT_FALSE(m.meta.date);
  EXPECT_TRUE(m.meta.trailer.empty());
}

TEST(Metadata, HeadlineRules) {
  // A one-line text has no title.
  EXPECT_FALSE(extract("Harbour bridge reopens after repairs").meta.title);
  // A first line ending with a period is a sentence.
  EXPECT_FALSE(extract("The bridge reopened.\n\nTraffic flowed again.").meta.title);
  // Questions and exclamations are fine in headlines.
  const std::string q = "Will the bridge hold?\n\nEngineers say it will.";
  const auto mq = extract(q);
  ASSERT_TRUE(mq.meta.title);
  EXPECT_EQ(cut(q, *mq.meta.title), "Will the bridge hold?");
  EXPECT_TRUE(extract("Bridge reopens at last!\nTraffic flowed again.").meta.title);
  // Closing quotes do not hide a final period.
  EXPECT_FALSE(extract("He said \"it is done.\"\n\nMore text here.").meta.title);
  // Too long for a headline.
  std::string long_line;
  for (int i = 0; i < 25; ++i) long_line += "Word ";
  EXPECT_FALSE(extract(long_line + "\n\nBody text.").meta.title);
  // Lower-case start: a fragment, not a headline.
  EXPECT_FALSE(extract("and then the bridge fell\n\nBody text.").meta.title);
  // A headline with nothing but a trailer after it heads nothing.
  const std::string lone = "Harbour bridge reopens\n\nSource";
  const auto ml = extract(lone);
  EXPECT_FALSE(ml.meta.title);
  EXPECT_EQ(cut(lone, ml.body), "Harbour bridge reopens");
  ASSERT_EQ(ml.meta.trailer.size(), 1u);
  // Trailer-like and dateline-like first lines are not headlines.
  EXPECT_FALSE(extract("Read more\n\nThe bridge reopened.").meta.title);
  EXPECT_FALSE(extract("PARIS \xE2\x80\x94 Bridge reopens\n\nIt did.").meta.title);
  // Only the very first line can be the headline.
  const auto m2 = extract("The bridge reopened.\nHarbour bridge reopens\n\nBody text.");
  EXPECT_FALSE(m2.meta.title);
}

// Hard-wrapped text: a first line that stops short of its sentence's end is
// not a headline, so wrapping an article does not cut its first sentence.
TEST(Metadata, FirstLineOfHardWrappedTextIsNoHeadline) {
  const std::string wrapped =
      "The recent meeting between city and county officials has resulted in\n"
      "an agreement to share the cost of the new harbour bridge. Work starts\n"
      "in May and should end before the winter storms arrive next year.\n";
  const auto m = extract(wrapped);
  EXPECT_FALSE(m.meta.title);
  EXPECT_EQ(m.body.begin, 0u);
  // Wrapped lines that go on with a capital letter are caught by their width.
  const std::string capital =
      "The recent meeting between city and county officials has resulted in\n"
      "New York and Boston sharing the cost of the harbour bridge. Work is to\n"
      "start in May.\n";
  EXPECT_FALSE(extract(capital).meta.title);
  // Carriage returns change nothing.
  std::string crlf;
  for (char c : wrapped) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  EXPECT_FALSE(extract(crlf).meta.title);

  // A headline directly above a long body line, a date line or a byline stays one.
  const std::string one_per_line =
      "Harbour bridge reopens after repairs\n"
      "The old harbour bridge opened to traffic again on Monday after eight months of repairs "
      "that cost the city far more than planned.\n";
  const auto m2 = extract(one_per_line);
  ASSERT_TRUE(m2.meta.title);
  EXPECT_EQ(cut(one_per_line, *m2.meta.title), "Harbour bridge reopens after repairs");
  const std::string dated =
      "City and county agree to share the cost of the new harbour bridge\n"
      "Thu. Mar 14th, 2024\n\nThe bridge will open in May.";
  EXPECT_TRUE(extract(dated).meta.title);
  EXPECT_TRUE(extract(dated).meta.date);
}

TEST(Metadata, DateLineAtTheTop) {
  const std::string text =
      "Sat. Sep 6th, 2025\n\nOfficials from both countries met in the capital on Friday.\n";
  const auto m = extract(text);
  ASSERT_TRUE(m.meta.date);
  EXPECT_EQ(m.meta.date->iso(), "2025-09-06");
  EXPECT_EQ(cut(text, *m.meta.date_text), "Sat. Sep 6th, 2025");
  EXPECT_FALSE(m.meta.title);
  EXPECT_EQ(cut(text, m.body), "Officials from both countries met in the capital on Friday.");
}

TEST(Metadata, LabelledDateLines) {
  struct example {
    const char* line;
    const char* iso;
    const char* date_text;
  };
  const example examples[] = {
      {"Published: 2025-09-06", "2025-09-06", "2025-09-06"},
      {"Updated 10:32 GMT, 6 September 2025", "2025-09-06", "6 September 2025"},
      {"Last updated on September 6, 2025 at 8:30 a.m. ET", "2025-09-06", "September 6, 2025"},
      {"Posted: Sat, 06 Sep 2025 08:30:00 GMT", "2025-09-06", "Sat, 06 Sep 2025"},
      {"Veröffentlicht am 6. September 2025, 14:30 Uhr", "2025-09-06", "6. September 2025"},
      {"Publié le 6 septembre 2025 à 08h30", "2025-09-06", "6 septembre 2025"},
      {"Publicado el 6 de septiembre de 2025", "2025-09-06", "6 de septiembre de 2025"},
      {"2025-09-06T08:30:00Z", "2025-09-06", "2025-09-06T08:30:00Z"},
      {"Published Sept. 6, 2025 Updated Sept. 7, 2025", "2025-09-06", "Sept. 6, 2025"},
      {"Saturday 6 September 2025 14.32 BST", "2025-09-06", "Saturday 6 September 2025"},
      {"Опубликовано: 6 сентября 2025 г., 10:15", "2025-09-06", "6 сентября 2025 г."},
  };
  for (const auto& e : examples) {
    const std::string text = std::string("Harbour bridge reopens\n") + e.line +
                             "\n\nThe old bridge opened to traffic again on Monday.";
    const auto m = extract(text);
    ASSERT_TRUE(m.meta.date) << e.line;
    EXPECT_EQ(m.meta.date->iso(), e.iso) << e.line;
    EXPECT_EQ(cut(text, *m.meta.date_text), e.date_text) << e.line;
    ASSERT_TRUE(m.meta.title) << e.line;
    EXPECT_EQ(cut(text, m.body), "The old bridge opened to traffic again on Monday.") << e.line;
  }
}

TEST(Metadata, LinesThatMerelyMentionADateAreBody) {
  const std::string text =
      "On September 6, 2025 the bridge reopened to traffic.\n\nMore text followed it.";
  const auto m = extract(text);
  EXPECT_FALSE(m.meta.date);
  EXPECT_EQ(m.body.begin, 0u);
  // A date with words beside it that are not times or labels is a sentence.
  const std::string with_words = "Published 6 September 2025 by the night desk\n\nText.";
  EXPECT_FALSE(extract(with_words).meta.date);
  // A yearless date line counts only with a default year.
  const std::string yearless = "Sept. 6\n\nThe bridge reopened to traffic.";
  EXPECT_FALSE(extract(yearless).meta.date);
  date_options with_year;
  with_year.default_year = 2025;
  const auto my = extract(yearless, with_year);
  ASSERT_TRUE(my.meta.date);
  EXPECT_EQ(my.meta.date->iso(), "2025-09-06");
}

TEST(Metadata, NumericDateLinesFollowTheOrderOption) {
  const std::string text = "06/09/2025\n\nThe bridge reopened to traffic.";
  EXPECT_EQ(extract(text).meta.date->iso(), "2025-06-09");
  date_options day_first;
  day_first.numeric_order = newslib::date_order::day_first;
  EXPECT_EQ(extract(text, day_first).meta.date->iso(), "2025-09-06");
  // An impossible date is not a date line.
  const auto bad = extract("31/02/2025\n\nThe bridge reopened to traffic.");
  EXPECT_FALSE(bad.meta.date);
  EXPECT_EQ(bad.body.begin, 0u);
}

TEST(Metadata, Bylines) {
  struct example {
    const char* line;
    std::vector<std::string> authors;
    const char* source;  // nullptr: none
  };
  const example examples[] = {
      {"By Jane Doe", {"Jane Doe"}, nullptr},
      {"By Jane Doe and John Roe, Reuters", {"Jane Doe", "John Roe"}, "Reuters"},
      {"By JANE DOE | Associated Press", {"JANE DOE"}, "Associated Press"},
      {"By Jane Doe, John Roe and Max Poe", {"Jane Doe", "John Roe", "Max Poe"}, nullptr},
      {"BY JANE DOE AND JOHN ROE", {"JANE DOE", "JOHN ROE"}, nullptr},
      {"By Jane Doe, AP Business Writer", {"Jane Doe"}, "AP"},
      {"By Jane Doe for Reuters", {"Jane Doe"}, "Reuters"},
      {"By Ana de la Cruz and Jean-Luc O'Neil", {"Ana de la Cruz", "Jean-Luc O'Neil"}, nullptr},
      {"By: Jane Doe, The Daily Planet", {"Jane Doe"}, nullptr},
      {"Jane Doe, Staff Writer", {"Jane Doe"}, nullptr},
      {"Jane Doe | dpa", {"Jane Doe"}, "dpa"},
      {"Von Erika Mustermann", {"Erika Mustermann"}, nullptr},
      {"Par Jeanne Dupont et Pierre Martin, AFP", {"Jeanne Dupont", "Pierre Martin"}, "AFP"},
      {"Por María López", {"María López"}, nullptr},
  };
  for (const auto& e : examples) {
    const std::string text =
        std::string("Harbour bridge reopens\n") + e.line + "\n\nThe bridge reopened on Monday.";
    const auto m = extract(text);
    ASSERT_TRUE(m.meta.byline) << e.line;
    EXPECT_EQ(cut(text, *m.meta.byline), e.line);
    EXPECT_EQ(m.meta.authors, e.authors) << e.line;
    if (e.source) {
      EXPECT_EQ(m.meta.source, std::optional<std::string>(e.source)) << e.line;
    } else {
      EXPECT_FALSE(m.meta.source) << e.line;
    }
    EXPECT_EQ(cut(text, m.body), "The bridge reopened on Monday.") << e.line;
  }
}

TEST(Metadata, BylineWithADate) {
  const std::string text = "By Jane Doe | September 6, 2025\n\nThe bridge reopened on Monday.";
  const auto m = extract(text);
  ASSERT_TRUE(m.meta.byline);
  EXPECT_EQ(m.meta.authors, std::vector<std::string>{"Jane Doe"});
  ASSERT_TRUE(m.meta.date);
  EXPECT_EQ(m.meta.date->iso(), "2025-09-06");
  EXPECT_EQ(cut(text, *m.meta.date_text), "September 6, 2025");
}

TEST(Metadata, SentencesThatStartLikeBylinesAreNot) {
  const char* lines[] = {
      "By Monday the bridge had reopened",
      "By contrast, the tunnel stayed shut",
      "By the time the bridge reopened, traffic had eased considerably.",
      "By-election results are due tonight",
      "Paris, France",
      "Jane Doe said the bridge was safe",
      "By Jane Doe and the rest of the council members who voted on the plan last night",
  };
  for (const char* line : lines) {
    const std::string text = std::string("Harbour bridge reopens\n") + line +
                             "\n\nThe bridge reopened on Monday.";
    const auto m = extract(text);
    EXPECT_FALSE(m.meta.byline) << line;
    EXPECT_TRUE(m.meta.authors.empty()) << line;
  }
}

TEST(Metadata, Datelines) {
  struct example {
    const char* opening;   // the dateline as written
    const char* source;    // nullptr: none
    const char* date_iso;  // nullptr: none
  };
  const example examples[] = {
      {"SEOUL, Sept. 6 (Reuters) -", "Reuters", nullptr},  // no year anywhere
      {"WASHINGTON (AP) \xE2\x80\x94", "AP", nullptr},
      {"LONDON, 6 September 2025 (BBC) -", "BBC", "2025-09-06"},
      {"PARIS \xE2\x80\x94", nullptr, nullptr},
      {"Berlin (dpa) -", "dpa", nullptr},
      {"LONDON, 6 September (BBC) -", "BBC", nullptr},
      {"NEW YORK, Sept. 6, 2025 (AP) \xE2\x80\x93", "AP", "2025-09-06"},
      {"WASHINGTON, D.C. (AP) --", "AP", nullptr},
      {"RIO DE JANEIRO (Reuters) -", "Reuters", nullptr},
      {"Rio de Janeiro (Reuters) -", "Reuters", nullptr},
      {"(CNN) --", "CNN", nullptr},
      {"(CNN)", "CNN", nullptr},
  };
  for (const auto& e : examples) {
    const std::string opening = e.opening;
    const std::string separator = opening == "(CNN)" ? "" : " ";
    const std::string text =
        "Harbour bridge reopens\n\n" + opening + separator + "The bridge reopened on Monday.";
    const auto m = extract(text);
    ASSERT_TRUE(m.meta.dateline) << e.opening;
    EXPECT_EQ(cut(text, *m.meta.dateline), opening);
    EXPECT_EQ(cut(text, m.body), "The bridge reopened on Monday.") << e.opening;
    if (e.source) {
      EXPECT_EQ(m.meta.source, std::optional<std::string>(e.source)) << e.opening;
    } else {
      EXPECT_FALSE(m.meta.source) << e.opening;
    }
    if (e.date_iso) {
      ASSERT_TRUE(m.meta.date) << e.opening;
      EXPECT_EQ(m.meta.date->iso(), e.date_iso) << e.opening;
    } else {
      EXPECT_FALSE(m.meta.date) << e.opening;
    }
  }
}

TEST(Metadata, DatelineDateTakesAYearFromElsewhere) {
  const std::string body = "SEOUL, Sept. 6 (Reuters) - The two sides met on Friday.";
  date_options options;
  options.default_year = 2025;
  const auto m = extract(body, options);
  ASSERT_TRUE(m.meta.date);
  EXPECT_EQ(m.meta.date->iso(), "2025-09-06");
  EXPECT_EQ(cut(body, *m.meta.date_text), "Sept. 6");

  const std::string with_copyright = body + "\n\n\xC2\xA9 2024 Example Wire Ltd.";
  const auto c = extract(with_copyright);
  ASSERT_TRUE(c.meta.date);
  EXPECT_EQ(c.meta.date->iso(), "2024-09-06");
  ASSERT_EQ(c.meta.trailer.size(), 1u);

  // A date at the top wins over the dateline's.
  const std::string dated = "2025-09-07\n\n" + body;
  const auto d = extract(dated, options);
  EXPECT_EQ(d.meta.date->iso(), "2025-09-07");
  EXPECT_TRUE(d.meta.dateline);
}

TEST(Metadata, TextThatIsNotADateline) {
  const char* openings[] = {
      "The company (AAPL) - shares rose on Monday.",
      "Apple Inc (AAPL) - shares rose on Monday.",
      "PARIS - the city - was quiet on Monday.",  // bare place needs a real dash
      "Paris \xE2\x80\x94 the city was quiet on Monday.",
      "Well-known names - such as these - were absent.",
      "(Quietly) the bridge reopened on Monday.",
  };
  for (const char* opening : openings) {
    const auto m = extract(opening);
    EXPECT_FALSE(m.meta.dateline) << opening;
    EXPECT_EQ(m.body.begin, 0u) << opening;
  }
}

TEST(Metadata, Trailers) {
  const std::string text =
      "Harbour bridge reopens\n\n"
      "The bridge reopened on Monday.\n\n"
      "Engineers finished the work early.\n\n"
      "(Reporting by Jane Doe; Editing by John Roe)\n"
      "Additional reporting by Max Poe\n"
      "Read more: How the bridge was built\n"
      "Related: Tunnel works delayed\n"
      "Follow us on social media\n"
      "This article was originally published by Example Wire.\n"
      "Contact the author at desk@example.com\n"
      "Image caption: The bridge at dawn\n"
      "Copyright 2025 Example Wire. All rights reserved.\n"
      "All rights reserved.\n"
      "Source: Reuters\n";
  const auto m = extract(text);
  ASSERT_EQ(m.meta.trailer.size(), 11u);
  EXPECT_EQ(cut(text, m.meta.trailer.front()), "(Reporting by Jane Doe; Editing by John Roe)");
  EXPECT_EQ(cut(text, m.meta.trailer.back()), "Source: Reuters");
  for (std::size_t i = 1; i < m.meta.trailer.size(); ++i)
    EXPECT_LT(m.meta.trailer[i - 1].end, m.meta.trailer[i].begin);
  EXPECT_EQ(m.meta.source, std::optional<std::string>("Reuters"));
  EXPECT_EQ(cut(text, m.body),
            "The bridge reopened on Monday.\n\nEngineers finished the work early.");
}

TEST(Metadata, TrailerStopsAtTheFirstBodyLine) {
  const std::string text =
      "The bridge reopened on Monday.\n"
      "Source: Reuters\n"
      "Engineers finished the work early.\n"
      "\xC2\xA9 2025 Example Wire\n";
  const auto m = extract(text);
  ASSERT_EQ(m.meta.trailer.size(), 1u);
  EXPECT_EQ(cut(text, m.meta.trailer[0]), "\xC2\xA9 2025 Example Wire");
  EXPECT_FALSE(m.meta.source);
  EXPECT_EQ(cut(text, m.body),
            "The bridge reopened on Monday.\nSource: Reuters\nEngineers finished the work early.");
}

TEST(Metadata, BodyLinesThatLookLikeTrailersAreKept) {
  const char* endings[] = {
      "Sources said the deal was close.",
      "Related to this, the council met again.",
      "Copyright law changed last year.",
      "Contributing to the delay was the weather.",
      "Follow the river to the bridge.",
  };
  for (const char* ending : endings) {
    const std::string text = std::string("The bridge reopened on Monday.\n\n") + ending;
    const auto m = extract(text);
    EXPECT_TRUE(m.meta.trailer.empty()) << ending;
    EXPECT_EQ(m.body.end, text.size()) << ending;
  }
}

TEST(Metadata, FullArticleLayout) {
  const std::string text =
      "\xEF\xBB\xBFHarbour bridge reopens after two years\r\n"
      "By Jane Doe and John Roe\r\n"
      "Published: September 6, 2025\r\n"
      "\r\n"
      "SEOUL, Sept. 6 (Reuters) - The harbour bridge reopened on Saturday.\r\n"
      "\r\n"
      "Traffic was light in the morning.\r\n"
      "\r\n"
      "(Reporting by Jane Doe; Editing by Max Poe)\r\n";
  const auto m = extract(text);
  ASSERT_TRUE(m.meta.title);
  EXPECT_EQ(cut(text, *m.meta.title), "Harbour bridge reopens after two years");
  ASSERT_TRUE(m.meta.byline);
  EXPECT_EQ(m.meta.authors, (std::vector<std::string>{"Jane Doe", "John Roe"}));
  ASSERT_TRUE(m.meta.date);
  EXPECT_EQ(m.meta.date->iso(), "2025-09-06");
  EXPECT_EQ(cut(text, *m.meta.date_text), "September 6, 2025");
  ASSERT_TRUE(m.meta.dateline);
  EXPECT_EQ(cut(text, *m.meta.dateline), "SEOUL, Sept. 6 (Reuters) -");
  EXPECT_EQ(m.meta.source, std::optional<std::string>("Reuters"));
  ASSERT_EQ(m.meta.trailer.size(), 1u);
  EXPECT_EQ(cut(text, m.body),
            "The harbour bridge reopened on Saturday.\r\n\r\nTraffic was light in the morning.");
}

TEST(Metadata, CarriageReturnLineEndings) {
  const std::string text = "Bridge reopens\r\rThe bridge reopened.\rSource";
  const auto m = extract(text);
  ASSERT_TRUE(m.meta.title);
  EXPECT_EQ(cut(text, *m.meta.title), "Bridge reopens");
  ASSERT_EQ(m.meta.trailer.size(), 1u);
  EXPECT_EQ(cut(text, m.meta.trailer[0]), "Source");
  EXPECT_EQ(cut(text, m.body), "The bridge reopened.");
}

TEST(Metadata, DegenerateInputs) {
  for (const std::string& text :
       {std::string(), std::string("   \t  "), std::string("\n\n\r\n"), std::string("Source"),
        std::string("Sat. Sep 6th, 2025"), std::string("x"), std::string("\xC2\xA0\xC2\xA0")}) {
    const auto m = extract(text);
    EXPECT_LE(m.body.begin, m.body.end);
    EXPECT_FALSE(m.meta.title);
  }
  const std::string only_source = "Source";
  const auto s = extract(only_source);
  ASSERT_EQ(s.meta.trailer.size(), 1u);
  EXPECT_TRUE(s.meta.trailer[0] == (span{0, 6}));
  EXPECT_TRUE(s.body.empty());
}

TEST(Metadata, GarbageAndHugeInputsStayLinear) {
  // Binary junk (the extractor takes valid UTF-8, but must not misbehave on bytes).
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 131 + 7) % 256));
  extract(junk);
  // A 10 MB single line with no newline.
  const std::string huge(10u << 20, 'a');
  const auto h = extract(huge);
  EXPECT_EQ(h.body.begin, 0u);
  EXPECT_EQ(h.body.end, huge.size());
  // Ten million line breaks.
  const std::string breaks(10u << 20, '\n');
  const auto b = extract(breaks);
  EXPECT_TRUE(b.body.empty());
  // Many short lines that all look like trailer lines.
  std::string sources;
  for (int i = 0; i < 100000; ++i) sources += "Source\n";
  const auto s = extract(sources);
  EXPECT_LE(s.meta.trailer.size(), 24u);
  // Many header-like lines.
  std::string dates;
  for (int i = 0; i < 100000; ++i) dates += "By Jane Doe\nSeptember 6, 2025\n";
  extract(dates);
}

TEST(Metadata, SharedDataSeedArticle) {
  const std::string path = shared_data::path("seed_article.txt");
  NEWSLIB_NEEDS_SHARED_DATA(path);
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  const auto m = extract(text);
  ASSERT_TRUE(m.meta.date);
  EXPECT_EQ(m.meta.date->iso(), "2025-09-06");
  ASSERT_FALSE(m.meta.trailer.empty());
  EXPECT_EQ(cut(text, m.meta.trailer.back()), "Source");
  const std::string_view body = cut(text, m.body);
  EXPECT_EQ(body.find("Sep 6th"), std::string_view::npos);
  EXPECT_NE(body.substr(body.size() - 6), "Source");
  EXPECT_GT(body.size(), 200u);
  EXPECT_LT(m.meta.date_text->end, m.body.begin);
  EXPECT_GE(m.meta.trailer.front().begin, m.body.end);
}

TEST(Metadata, SharedDataBbcHeadlines) {
  // Each BBC article opens with its headline line and a blank line.
  const std::string path = shared_data::path("summarization/bbc_raw_dev50.jsonl");
  NEWSLIB_NEEDS_SHARED_DATA(path);
  std::ifstream in(path);
  std::string line;
  int articles = 0, titled = 0;
  while (std::getline(in, line)) {
    // The article is the first JSON string value; find its first "\n\n" escape.
    const std::size_t key = line.find("\"article\": \"");
    if (key == std::string::npos) continue;
    const std::size_t start = key + 12;
    const std::size_t stop = line.find("\\n\\n", start);
    if (stop == std::string::npos) continue;
    const std::string head = line.substr(start, stop - start);
    if (head.find('\\') != std::string::npos) continue;  // escapes: skip this one
    ++articles;
    const std::string text = head + "\n\nThe story begins here and goes on.";
    const auto m = extract(text);
    if (m.meta.title && cut(text, *m.meta.title) == head) ++titled;
  }
  ASSERT_GT(articles, 30);
  EXPECT_EQ(titled, articles);
}

TEST(Metadata, RandomLayoutsKeepSpansInside) {
  const char* const pieces[] = {
      "Bridge reopens", "By Jane Doe", "Sat. Sep 6th, 2025", "SEOUL, Sept. 6 (Reuters) - ",
      "Source", "Source: AP", "\xC2\xA9 2025 Wire", "(CNN)", "The bridge reopened.",
      "\n", "\n\n", "\r\n", "\r", " ", "\t", "\xC2\xA0", "PARIS \xE2\x80\x94 ", "x",
      "Updated 10:32 GMT, 6 September 2025", "(Reporting by Jane Doe)", "\xD0\xB3."};
  const std::size_t count = sizeof pieces / sizeof pieces[0];
  unsigned state = 777;
  auto next = [&] {
    state = state * 1103515245u + 12345u;
    return (state >> 16) & 0x7FFF;
  };
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    const unsigned n = next() % 16;
    for (unsigned k = 0; k < n; ++k) text += pieces[next() % count];
    date_options options;
    if (next() % 2) options.default_year = 2025;
    const auto m = extract(text, options);
    if (::testing::Test::HasFailure()) {
      ADD_FAILURE() << "text: " << text;
      return;
    }
    // Nothing outside the body and the metadata is dropped silently: the
    // trailer lines and header lines are all before or after the body.
    for (const span& t : m.meta.trailer) ASSERT_GE(t.begin, m.body.end);
  }
}

TEST(Metadata, OtherLanguages) {
  const std::string de =
      "Br\xC3\xBC" "cke wieder offen\n\n"
      "Von Erika Mustermann\n\n"
      "Berlin (dpa) - Die Br\xC3\xBC" "cke ist seit Montag wieder offen.\n\n"
      "Quelle: dpa\n";
  const auto d = extract(de, {}, "de");
  ASSERT_TRUE(d.meta.title);
  EXPECT_EQ(d.meta.authors, std::vector<std::string>{"Erika Mustermann"});
  ASSERT_TRUE(d.meta.dateline);
  EXPECT_EQ(cut(de, *d.meta.dateline), "Berlin (dpa) -");
  EXPECT_EQ(d.meta.source, std::optional<std::string>("dpa"));
  ASSERT_EQ(d.meta.trailer.size(), 1u);
  EXPECT_EQ(cut(de, d.meta.trailer[0]), "Quelle: dpa");
  EXPECT_EQ(cut(de, d.body), "Die Br\xC3\xBC" "cke ist seit Montag wieder offen.");

  // "МОСКВА, 6 сентября (Рейтер) -": a place in capitals, a yearless date, an agency.
  const std::string ru =
      "\xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90, 6 \xD1\x81\xD0\xB5\xD0\xBD\xD1\x82"
      "\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F (\xD0\xA0\xD0\xB5\xD0\xB9\xD1\x82\xD0\xB5\xD1\x80) - "
      "\xD0\x9C\xD0\xBE\xD1\x81\xD1\x82 \xD0\xBE\xD1\x82\xD0\xBA\xD1\x80\xD1\x8B\xD1\x82.";
  date_options year;
  year.default_year = 2025;
  const auto r = extract(ru, year, "ru");
  ASSERT_TRUE(r.meta.dateline);
  EXPECT_EQ(r.meta.source,
            std::optional<std::string>("\xD0\xA0\xD0\xB5\xD0\xB9\xD1\x82\xD0\xB5\xD1\x80"));
  ASSERT_TRUE(r.meta.date);
  EXPECT_EQ(r.meta.date->iso(), "2025-09-06");

  const std::string fr =
      "Le pont rouvre enfin\n"
      "Publi\xC3\xA9 le 6 septembre 2025 \xC3\xA0 08h30\n"
      "Par Jeanne Dupont\n\n"
      "PARIS (AFP) - Le pont a rouvert samedi.\n\n"
      "Tous droits r\xC3\xA9serv\xC3\xA9s.";
  const auto f = extract(fr, {}, "fr");
  ASSERT_TRUE(f.meta.title);
  EXPECT_EQ(f.meta.date->iso(), "2025-09-06");
  EXPECT_EQ(f.meta.authors, std::vector<std::string>{"Jeanne Dupont"});
  EXPECT_EQ(f.meta.source, std::optional<std::string>("AFP"));
  EXPECT_EQ(f.meta.trailer.size(), 1u);
  EXPECT_EQ(cut(fr, f.body), "Le pont a rouvert samedi.");
}
