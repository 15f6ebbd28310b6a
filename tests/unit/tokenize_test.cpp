#include "tokenize/tokenizer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "text/char_class.hpp"
#include "text/utf8.hpp"
#include "tokenize/paragraphs.hpp"

using newslib::span;
using newslib::detail::packed_token;
using newslib::token_kind;

namespace {

using piece = std::pair<std::string, token_kind>;

std::vector<piece> pieces(const std::string& text) {
  std::vector<packed_token> out;
  newslib::detail::tokenize(text, span{0, text.size()}, out);
  std::vector<piece> result;
  for (const packed_token& t : out) {
    result.emplace_back(text.substr(t.begin, t.end - t.begin), t.kind());
  }
  return result;
}

std::vector<std::string> surfaces(const std::string& text) {
  std::vector<std::string> result;
  for (auto& p : pieces(text)) result.push_back(p.first);
  return result;
}

using V = std::vector<std::string>;

// Every non-white-space byte is in exactly one token; tokens are ordered.
void expect_tiles(const std::string& text) {
  std::vector<packed_token> out;
  newslib::detail::tokenize(text, span{0, text.size()}, out);
  std::vector<int> owner(text.size(), -1);
  std::uint32_t previous_end = 0;
  for (std::size_t k = 0; k < out.size(); ++k) {
    ASSERT_LT(out[k].begin, out[k].end);
    ASSERT_GE(out[k].begin, previous_end);
    previous_end = out[k].end;
    for (std::uint32_t i = out[k].begin; i < out[k].end; ++i) owner[i] = static_cast<int>(k);
  }
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    std::size_t j = i;
    const char32_t cp = newslib::detail::decode_utf8(text, j);
    const bool space = newslib::detail::classify(cp) == newslib::detail::char_class::space;
    for (std::size_t k = i; k < j; ++k) {
      EXPECT_EQ(owner[k] >= 0, !space) << "byte " << k << " (0x" << std::hex << int(b) << ")";
    }
    i = j;
  }
}

}  // namespace

TEST(Tokenize, WordsNumbersAndPunctuation) {
  EXPECT_EQ(surfaces("The mayor said: \"We won't wait.\""),
            (V{"The", "mayor", "said", ":", "\"", "We", "won't", "wait", ".", "\""}));
  auto p = pieces("Prices rose 3.5% to $1,200.50 at 10:30 on 24/7 duty.");
  ASSERT_EQ(p.size(), 12u);
  EXPECT_EQ(p[2], piece("3.5%", token_kind::number));
  EXPECT_EQ(p[4], piece("$", token_kind::symbol));
  EXPECT_EQ(p[5], piece("1,200.50", token_kind::number));
  EXPECT_EQ(p[7], piece("10:30", token_kind::number));
  EXPECT_EQ(p[9], piece("24/7", token_kind::number));
  EXPECT_EQ(p[11], piece(".", token_kind::punctuation));
}

TEST(Tokenize, HyphensApostrophesAndAbbreviations) {
  EXPECT_EQ(surfaces("a state-of-the-art COVID-19 test for a 19-year-old"),
            (V{"a", "state-of-the-art", "COVID-19", "test", "for", "a", "19-year-old"}));
  EXPECT_EQ(surfaces("The score was 3-2 in 2020-21."),
            (V{"The", "score", "was", "3", "-", "2", "in", "2020", "-", "21", "."}));
  EXPECT_EQ(surfaces("the U.S. and e.g. this, A. Smith"),
            (V{"the", "U.S.", "and", "e.g.", "this", ",", "A", ".", "Smith"}));
  EXPECT_EQ(surfaces("the students' rights -- and O\xE2\x80\x99" "Brien\xE2\x80\x99s"),
            (V{"the", "students", "'", "rights", "--", "and", "O\xE2\x80\x99" "Brien\xE2\x80\x99s"}));
  EXPECT_EQ(surfaces("Wait... what?!"), (V{"Wait", "...", "what", "?", "!"}));
  EXPECT_EQ(pieces("the 1990s")[1], piece("1990s", token_kind::word));
}

TEST(Tokenize, UrlsAndEmails) {
  auto p = pieces("See https://example.org/a_(b)?q=1, (or www.example.com/x). Mail jo.doe+news@mail.example.co.uk now.");
  ASSERT_GE(p.size(), 10u);
  EXPECT_EQ(p[1], piece("https://example.org/a_(b)?q=1", token_kind::url));
  EXPECT_EQ(p[2].first, ",");
  EXPECT_EQ(p[3].first, "(");
  EXPECT_EQ(p[5], piece("www.example.com/x", token_kind::url));
  EXPECT_EQ(p[6].first, ")");
  EXPECT_EQ(p[9], piece("jo.doe+news@mail.example.co.uk", token_kind::email));
  EXPECT_EQ(p[10].first, "now");
  // Not addresses ("y.z" is read like the abbreviation "U.S").
  EXPECT_EQ(surfaces("a@b, @user, x@y.z, http:// and www."),
            (V{"a", "@", "b", ",", "@", "user", ",", "x", "@", "y.z", ",", "http", ":", "//", "and",
               "www", "."}));
}

TEST(Tokenize, NonAsciiLettersAndMarks) {
  // Precomposed and decomposed accents, Cyrillic, Greek.
  EXPECT_EQ(surfaces("Caf\xC3\xA9 cafe\xCC\x81 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xCE\xB1\xCE\xB2"),
            (V{"Caf\xC3\xA9", "cafe\xCC\x81", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",
               "\xCE\xB1\xCE\xB2"}));
  // Ideographs are words of one character each.
  EXPECT_EQ(surfaces("\xE4\xB8\x9C\xE4\xBA\xAC\xE3\x80\x82"),
            (V{"\xE4\xB8\x9C", "\xE4\xBA\xAC", "\xE3\x80\x82"}));
  // Right-to-left text: Hebrew and Arabic words with their own punctuation.
  EXPECT_EQ(surfaces("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D, \xD8\xB3\xD9\x84\xD8\xA7\xD9\x85\xD8\x9F"),
            (V{"\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D", ",", "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85", "\xD8\x9F"}));
  // Soft hyphen inside a word, no-break space between words.
  EXPECT_EQ(surfaces("news\xC2\xADpaper\xC2\xA0today"), (V{"news\xC2\xADpaper", "today"}));
}

TEST(Tokenize, EmojiSequencesAreOneSymbol) {
  const std::string family = "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7";
  const std::string thumbs_dark = "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBF";
  const std::string flag = "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7";
  const std::string heart = "\xE2\x9D\xA4\xEF\xB8\x8F";
  auto p = pieces("Hi " + family + thumbs_dark + " " + flag + flag + " " + heart + "!");
  ASSERT_EQ(p.size(), 6u);
  EXPECT_EQ(p[1], piece(family, token_kind::symbol));
  EXPECT_EQ(p[2], piece(thumbs_dark, token_kind::symbol));
  EXPECT_EQ(p[3], piece(flag + flag, token_kind::symbol));  // identical clusters repeat
  EXPECT_EQ(p[4], piece(heart, token_kind::symbol));
  EXPECT_EQ(p[5], piece("!", token_kind::punctuation));
}

TEST(Tokenize, ControlCharactersAndNulBytes) {
  const std::string text = std::string("ab\0\0\x01" "cd", 7) + "\xE2\x80\x8B" "ef";
  auto p = pieces(text);
  ASSERT_EQ(p.size(), 5u);
  EXPECT_EQ(p[0], piece("ab", token_kind::word));
  EXPECT_EQ(p[1], piece(std::string("\0\0\x01", 3), token_kind::other));
  EXPECT_EQ(p[2], piece("cd", token_kind::word));
  EXPECT_EQ(p[3], piece("\xE2\x80\x8B", token_kind::other));  // zero width space
  EXPECT_EQ(p[4], piece("ef", token_kind::word));
  // A combining mark with nothing before it.
  EXPECT_EQ(pieces(" \xCC\x81 x")[0], piece("\xCC\x81", token_kind::other));
}

TEST(Tokenize, RespectsTheRange) {
  const std::string text = "one two. three four";
  std::vector<packed_token> out;
  newslib::detail::tokenize(text, span{4, 8}, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].begin, 4u);
  EXPECT_EQ(out[0].end, 7u);
  EXPECT_EQ(out[1].begin, 7u);
  EXPECT_EQ(out[1].end, 8u);
  // A URL or word never runs past the range end.
  out.clear();
  const std::string url = "go to https://example.org/path now";
  newslib::detail::tokenize(url, span{6, 20}, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].end, 20u);
}

TEST(Tokenize, TilesEveryNonSpaceByte) {
  expect_tiles("The U.S.-led talks (in Geneva) ended; \"Nothing's agreed,\" she said\xE2\x80\xA6");
  expect_tiles(std::string("\0x\0 \t\r\n\xE2\x80\xA8y\xC2\x85z", 14));
  expect_tiles("\xF0\x9F\x91\xA8\xE2\x80\x8D \xE2\x80\x8D\xF0\x9F\x91\xA9 \xEF\xB8\x8F x\xCC\x81\xCC\x81 \xF0\x9F\x8F\xBF");
  expect_tiles("mailto:a@b.co, http://x.y/(z)]. ftp://h www.w e-mail a--b a''b 'tis 5'");
  expect_tiles("\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 \xE2\x80\x8F(\xD8\xB9)\xE2\x80\x8E 123 \xD9\xA1\xD9\xA2");
}

TEST(Tokenize, LargeInputsStayLinear) {
  // One token of a megabyte, a megabyte of punctuation, a megabyte of
  // almost-addresses: each must be a quick single scan.
  const std::string word(1 << 20, 'a');
  auto p = pieces(word);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].first.size(), word.size());

  EXPECT_EQ(pieces(std::string(1 << 20, '.')).size(), 1u);

  std::string dots;
  for (int i = 0; i < (1 << 18); ++i) dots += "a.b@";
  std::vector<packed_token> out;
  newslib::detail::tokenize(dots, span{0, dots.size()}, out);
  EXPECT_GT(out.size(), 1u);

  std::string url = "http://" + std::string(1 << 20, ')');
  out.clear();
  newslib::detail::tokenize(url, span{0, url.size()}, out);
  EXPECT_GE(out.size(), 2u);
}

TEST(Paragraphs, BlankLinesSeparate) {
  const std::string text = "First para line one\nline two.\n\n  \nSecond para.\r\n\r\nThird.";
  std::vector<span> out;
  newslib::detail::find_paragraphs(text, span{0, text.size()}, out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(text.substr(out[0].begin, out[0].size()), "First para line one\nline two.");
  EXPECT_EQ(text.substr(out[1].begin, out[1].size()), "Second para.");
  EXPECT_EQ(text.substr(out[2].begin, out[2].size()), "Third.");
}

TEST(Paragraphs, LinesArePragraphsWithoutBlankLines) {
  const std::string text = "\n\nOne.\rTwo.\r\nThree.\n";
  std::vector<span> out;
  newslib::detail::find_paragraphs(text, span{0, text.size()}, out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(text.substr(out[1].begin, out[1].size()), "Two.");
  // Old Mac line endings with a blank line.
  const std::string mac = "A one.\rA two.\r\rB.";
  out.clear();
  newslib::detail::find_paragraphs(mac, span{0, mac.size()}, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(mac.substr(out[0].begin, out[0].size()), "A one.\rA two.");
}

TEST(Paragraphs, UnicodeSeparatorsAndEmptyInput) {
  const std::string text = "A.\xE2\x80\xA9" "B.\xE2\x80\xA8" "C.";
  std::vector<span> out;
  newslib::detail::find_paragraphs(text, span{0, text.size()}, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(text.substr(out[1].begin, out[1].size()), "B.\xE2\x80\xA8" "C.");
  out.clear();
  newslib::detail::find_paragraphs(" \n\t\n\xC2\xA0", span{0, 6}, out);
  EXPECT_TRUE(out.empty());
}

// A byte-order mark (U+FEFF) is space to every scanner: at the start of a
// text, where files carry it, and where joined files leave it mid-text.
TEST(Paragraphs, ByteOrderMarksAreSpace) {
  const std::string bom = "\xEF\xBB\xBF";
  const std::string text = bom + "First.\n\n" + bom + "\n\nSecond " + bom + "part.";
  std::vector<span> out;
  newslib::detail::find_paragraphs(text, span{0, text.size()}, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(text.substr(out[0].begin, out[0].size()), "First.");
  EXPECT_EQ(text.substr(out[1].begin, out[1].size()), "Second " + bom + "part.");
  EXPECT_EQ(surfaces(text), (V{"First", ".", "Second", "part", "."}));
  expect_tiles(text);
}
