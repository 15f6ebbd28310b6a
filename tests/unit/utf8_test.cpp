#include "text/utf8.hpp"

#include <gtest/gtest.h>

#include "newslib/error.hpp"

using newslib::span;
using namespace newslib::detail;

TEST(Utf8, AcceptsValidText) {
  EXPECT_EQ(find_invalid_utf8(""), npos);
  EXPECT_EQ(find_invalid_utf8("plain ASCII text, long enough for the fast path"), npos);
  EXPECT_EQ(find_invalid_utf8("Stra\xC3\x9F" "e \xE2\x82\xAC \xF0\x9F\x98\x80"), npos);
}

TEST(Utf8, FindsEachClassOfError) {
  EXPECT_EQ(find_invalid_utf8("ab\xFF"), 2u);             // never valid
  EXPECT_EQ(find_invalid_utf8("a\xC0\xAF"), 1u);          // overlong
  EXPECT_EQ(find_invalid_utf8("a\xE0\x80\xAF"), 1u);      // overlong 3-byte
  EXPECT_EQ(find_invalid_utf8("a\xED\xA0\x80"), 1u);      // surrogate
  EXPECT_EQ(find_invalid_utf8("abc\xE2\x82"), 3u);        // truncated
  EXPECT_EQ(find_invalid_utf8("\x80" "abc"), 0u);         // stray continuation
  EXPECT_EQ(find_invalid_utf8("a\xF4\x90\x80\x80"), 1u);  // above U+10FFFF
}

TEST(Utf8, StrictModeNamesTheOffset) {
  try {
    require_valid_utf8("good \xFF bad");
    FAIL() << "expected invalid_utf8";
  } catch (const newslib::invalid_utf8& e) {
    EXPECT_EQ(e.offset(), 5u);
    EXPECT_NE(std::string(e.what()).find("offset 5"), std::string::npos);
  }
}

TEST(Utf8, ReplacesMaximalSubparts) {
  std::vector<span> where;
  // E2 82 is a truncated euro sign: one replacement; FF is another.
  const std::string out = replace_invalid_utf8("a\xE2\x82z\xFF", where);
  EXPECT_EQ(out, "a\xEF\xBF\xBDz\xEF\xBF\xBD");
  ASSERT_EQ(where.size(), 2u);
  EXPECT_EQ(where[0], (span{1, 4}));
  EXPECT_EQ(where[1], (span{5, 8}));
  EXPECT_EQ(find_invalid_utf8(out), npos);
}

TEST(Utf8, DecodesAndCounts) {
  const std::string s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";
  std::size_t i = 0;
  EXPECT_EQ(decode_utf8(s, i), U'a');
  EXPECT_EQ(decode_utf8(s, i), U'\u00E9');
  EXPECT_EQ(decode_utf8(s, i), U'\u20AC');
  EXPECT_EQ(decode_utf8(s, i), U'\U0001F600');
  EXPECT_EQ(i, s.size());
  EXPECT_EQ(count_code_points(s), 4u);
  std::string back;
  for (char32_t cp : {U'a', U'\u00E9', U'\u20AC', U'\U0001F600'}) append_utf8(back, cp);
  EXPECT_EQ(back, s);
}
