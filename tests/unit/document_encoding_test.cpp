// Documents built from bytes in a declared or detected encoding.
#include <gtest/gtest.h>

#include <string>

#include "newslib/document.hpp"
#include "newslib/encoding.hpp"
#include "newslib/error.hpp"

using newslib::document;
using newslib::encoding_origin;
using newslib::parse_options;
using newslib::span;

namespace {

document parse(const std::string& bytes, const std::string& encoding,
               newslib::utf8_errors errors = newslib::utf8_errors::strict) {
  parse_options options;
  options.encoding = encoding;
  options.errors = errors;
  return document(bytes, options);
}

// The round trip the offset map promises: every sentence and token of the
// document comes back from the original bytes between its mapped ends.
void expect_units_round_trip(const document& doc, const std::string& bytes) {
  ASSERT_FALSE(doc.sentences().empty());
  for (const auto& s : doc.sentences()) {
    const span src = doc.source_span(s.bytes);
    const std::string piece = bytes.substr(src.begin, src.end - src.begin);
    EXPECT_EQ(newslib::decode(piece, doc.source_encoding()).text(), doc.slice(s.bytes));
  }
  for (const auto& t : doc.tokens()) {
    const span src = doc.source_span(t.bytes());
    const std::string piece = bytes.substr(src.begin, src.end - src.begin);
    EXPECT_EQ(newslib::decode(piece, doc.source_encoding()).text(), doc.slice(t.bytes()));
  }
  EXPECT_EQ(doc.source_offset(doc.text().size()), bytes.size());
}

}  // namespace

TEST(DocumentEncoding, Utf8IsUnchangedAndKeepsNoMap) {
  const std::string text = "Markets rallied on Tuesday. Bonds fell.";
  const document plain(text);
  const document declared = parse(text, "utf8");
  EXPECT_EQ(plain.source_encoding(), "UTF-8");
  EXPECT_EQ(plain.source_encoding_origin(), encoding_origin::declared);
  EXPECT_EQ(declared.text(), plain.text());
  EXPECT_EQ(declared.memory().other, plain.memory().other);
  EXPECT_EQ(plain.source_offset(7), 7u);
  // A UTF-8 byte order mark stays in the text when UTF-8 is declared (as before).
  EXPECT_EQ(document("\xEF\xBB\xBFHi. Yes.").text().size(), 11u);
}

TEST(DocumentEncoding, Windows1252SentencesMapBack) {
  std::string bytes;
  for (int i = 0; i < 40; ++i) {
    bytes += "Le d\xE9put\xE9 a vot\xE9 la r\xE9""forme mardi. \x93""C'est fini\x94, a-t-il dit.\n\n";
  }
  const document doc = parse(bytes, "latin1", newslib::utf8_errors::strict);
  EXPECT_EQ(doc.source_encoding(), "windows-1252");
  EXPECT_EQ(doc.source_encoding_origin(), encoding_origin::declared);
  EXPECT_NE(doc.text().find("d\xC3\xA9put\xC3\xA9"), std::string::npos);
  expect_units_round_trip(doc, bytes);
}

TEST(DocumentEncoding, DetectedKoi8AndShiftJis) {
  std::string koi8;
  for (int i = 0; i < 30; ++i) {
    koi8 += "\xF0\xD2\xC9\xD7\xC5\xD4, \xCB\xC1\xCB \xC4\xC5\xCC\xC1? "
            "\xFC\xD4\xCF \xCE\xCF\xD7\xCF\xD3\xD4\xD8 \xC4\xCE\xD1. ";
  }
  const document ru = parse(koi8, "auto");
  EXPECT_EQ(ru.source_encoding(), "KOI8-R");
  EXPECT_EQ(ru.source_encoding_origin(), encoding_origin::detected);
  expect_units_round_trip(ru, koi8);

  std::string sjis;
  for (int i = 0; i < 30; ++i) {
    // 東京で会議が開かれた。 2024年, with half-width ｱｲ.
    sjis += "\x93\x8C\x8B\x9E\x82\xC5\x89\xEF\x8B\x63\x82\xAA\x8A\x4A\x82\xA9\x82\xEA\x82\xBD"
            "\x81\x42 2024 \x94\x4E \xB1\xB2. ";
  }
  const document ja = parse(sjis, "shift_jis");
  EXPECT_EQ(ja.source_encoding(), "Shift_JIS");
  expect_units_round_trip(ja, sjis);
}

TEST(DocumentEncoding, Utf16WithByteOrderMark) {
  const std::string ascii = "Stocks rose. Bonds fell. Oil was flat.";
  std::string bytes = "\xFF\xFE";
  for (char c : ascii) {
    bytes += c;
    bytes += '\0';
  }
  const document doc = parse(bytes, "auto");
  EXPECT_EQ(doc.text(), ascii);
  EXPECT_EQ(doc.source_encoding(), "UTF-16LE");
  EXPECT_EQ(doc.source_encoding_origin(), encoding_origin::bom);
  EXPECT_EQ(doc.source_offset(0), 2u);
  expect_units_round_trip(doc, bytes);
}

TEST(DocumentEncoding, ErrorsFollowThePolicy) {
  const std::string bytes = "One sentence. Bad \xA5 byte here.";
  try {
    (void)parse(bytes, "iso-8859-3");
    FAIL() << "expected invalid_encoding";
  } catch (const newslib::invalid_encoding& e) {
    EXPECT_EQ(e.offset(), 18u);
  }
  const document doc = parse(bytes, "iso-8859-3", newslib::utf8_errors::replace);
  ASSERT_EQ(doc.replacements().size(), 1u);
  EXPECT_EQ(doc.source_span(doc.replacements()[0]), (span{18, 19}));
  EXPECT_THROW((void)parse(bytes, "no-such-charset"), newslib::unknown_encoding);
}
