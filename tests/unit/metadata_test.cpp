#include "meta/metadata_extractor.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

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
  for (const auto& s : {m.meta.title, m.meta.byline, m.meta.dateline}) {
    if (s) {
      EXPECT_LE(s->end, m.body.begin);
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
