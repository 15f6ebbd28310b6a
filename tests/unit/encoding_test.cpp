#include "newslib/encoding.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "newslib/error.hpp"
#include "unicode/utf8.hpp"

using newslib::decode;
using newslib::decoded_text;
using newslib::encoding_origin;
using newslib::span;
using newslib::utf8_errors;
using namespace std::string_literals;

namespace {

// Every UTF-8 span between character boundaries of the text must come back
// from the original bytes between the mapped offsets.
void expect_exact_map(const std::string& bytes, const std::string& encoding) {
  const decoded_text t = decode(bytes, encoding);
  const std::string& text = t.text();
  std::vector<std::size_t> bounds;
  for (std::size_t i = 0; i < text.size(); newslib::detail::decode_utf8(text, i)) bounds.push_back(i);
  bounds.push_back(text.size());
  for (std::size_t a = 0; a < bounds.size(); ++a) {
    for (std::size_t b = a; b < bounds.size(); ++b) {
      const span s = t.source_span({bounds[a], bounds[b]});
      ASSERT_LE(s.begin, s.end);
      const std::string piece = bytes.substr(s.begin, s.end - s.begin);
      EXPECT_EQ(decode(piece, t.encoding()).text(), text.substr(bounds[a], bounds[b] - bounds[a]))
          << encoding << " [" << bounds[a] << ", " << bounds[b] << ")";
    }
  }
  EXPECT_EQ(t.source_offset(text.size()), bytes.size());
  EXPECT_EQ(t.source_offset(text.size() + 10), bytes.size());
}

// The same over long texts (past the map's 1 KiB checkpoints): every prefix
// and suffix of the text, cut at a character boundary, comes back from the
// bytes before and after the mapped offset.
void expect_exact_prefixes(const std::string& bytes, const std::string& encoding,
                           utf8_errors errors = utf8_errors::strict) {
  const decoded_text t = decode(bytes, encoding, errors);
  const std::string& text = t.text();
  ASSERT_GT(text.size(), 3000u);
  std::size_t previous = 0;
  for (std::size_t i = 0;;) {
    const std::size_t at = t.source_offset(i);
    ASSERT_GE(at, previous);
    previous = at;
    EXPECT_EQ(decode(bytes.substr(0, at), encoding, errors).text(), text.substr(0, i))
        << encoding << " prefix to " << i;
    EXPECT_EQ(decode(bytes.substr(at), encoding, errors).text(), text.substr(i))
        << encoding << " suffix from " << i;
    if (i == text.size()) break;
    newslib::detail::decode_utf8(text, i);
    i += 97;  // about every 30th character, and never the same phase as 1 KiB
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
    if (i > text.size()) i = text.size();
  }
}

std::string repeat(const std::string& unit, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += unit;
  return out;
}

}  // namespace

TEST(EncodingNames, FollowTheWhatwgLabels) {
  EXPECT_EQ(newslib::canonical_encoding("latin1"), "windows-1252");
  EXPECT_EQ(newslib::canonical_encoding("ISO-8859-1"), "windows-1252");
  EXPECT_EQ(newslib::canonical_encoding(" iso_8859-1\t"), "windows-1252");
  EXPECT_EQ(newslib::canonical_encoding("ascii"), "windows-1252");
  EXPECT_EQ(newslib::canonical_encoding("US-ASCII"), "windows-1252");
  EXPECT_EQ(newslib::canonical_encoding("cp1252"), "windows-1252");
  EXPECT_EQ(newslib::canonical_encoding("iso-8859-9"), "windows-1254");
  EXPECT_EQ(newslib::canonical_encoding("utf8"), "UTF-8");
  EXPECT_EQ(newslib::canonical_encoding("x-sjis"), "Shift_JIS");
  EXPECT_EQ(newslib::canonical_encoding("ks_c_5601-1987"), "EUC-KR");
  EXPECT_EQ(newslib::canonical_encoding("gb2312"), "GBK");
  EXPECT_EQ(newslib::canonical_encoding("koi8_r"), "KOI8-R");
  EXPECT_EQ(newslib::canonical_encoding("utf-16"), "UTF-16LE");
  EXPECT_EQ(newslib::canonical_encoding("latin2"), "ISO-8859-2");
  EXPECT_FALSE(newslib::canonical_encoding("auto"));
  EXPECT_FALSE(newslib::canonical_encoding("klingon-8"));
  EXPECT_FALSE(newslib::canonical_encoding(""));
  for (const std::string& name : newslib::supported_encodings()) {
    EXPECT_EQ(newslib::canonical_encoding(name), name);
  }
}

TEST(EncodingNames, UnknownNameThrows) {
  try {
    (void)decode("abc", "klingon-8");
    FAIL() << "expected unknown_encoding";
  } catch (const newslib::unknown_encoding& e) {
    EXPECT_EQ(e.name(), "klingon-8");
    EXPECT_EQ(e.argument(), "encoding");
  }
}

TEST(Decode, Utf8NeedsNoMap) {
  const decoded_text t = decode("caf\xC3\xA9", "utf-8");
  EXPECT_EQ(t.text(), "caf\xC3\xA9");
  EXPECT_EQ(t.encoding(), "UTF-8");
  EXPECT_EQ(t.origin(), encoding_origin::declared);
  EXPECT_TRUE(t.map().is_identity());
  EXPECT_EQ(t.map().memory_usage(), 0u);
  EXPECT_EQ(t.source_offset(3), 3u);
}

TEST(Decode, Utf8ByteOrderMarkIsSkipped) {
  const decoded_text t = decode("\xEF\xBB\xBFHi", "utf-8");
  EXPECT_EQ(t.text(), "Hi");
  EXPECT_EQ(t.origin(), encoding_origin::bom);
  EXPECT_EQ(t.source_offset(0), 3u);
  EXPECT_EQ(t.source_offset(2), 5u);
}

TEST(Decode, Windows1252) {
  const std::string bytes = "caf\xE9 \x80 10 \x93quoted\x94";
  const decoded_text t = decode(bytes, "windows-1252");
  EXPECT_EQ(t.text(), "caf\xC3\xA9 \xE2\x82\xAC 10 \xE2\x80\x9Cquoted\xE2\x80\x9D");
  EXPECT_EQ(t.source_offset(3), 3u);   // é
  EXPECT_EQ(t.source_offset(4), 3u);   // inside é: its start
  EXPECT_EQ(t.source_offset(5), 4u);   // the space after it
  EXPECT_EQ(t.source_offset(6), 5u);   // €
  EXPECT_EQ(t.source_offset(9), 6u);
  EXPECT_FALSE(t.map().is_identity());
  expect_exact_map(bytes, "windows-1252");
}

TEST(Decode, Latin1MeansWindows1252AsInBrowsers) {
  // 0x80 is a C1 control in ISO-8859-1 proper, the euro sign in windows-1252.
  const decoded_text t = decode("\x80 5", "iso-8859-1");
  EXPECT_EQ(t.encoding(), "windows-1252");
  EXPECT_EQ(t.text(), "\xE2\x82\xAC 5");
  // The code page's holes decode to the C1 control of the same value.
  EXPECT_EQ(decode("\x81", "windows-1252").text(), "\xC2\x81");
}

TEST(Decode, Iso8859_2And15) {
  EXPECT_EQ(decode("\xB1\xE8\xB9", "ISO-8859-2").text(), "\xC4\x85\xC4\x8D\xC5\xA1");  // ąčš
  EXPECT_EQ(decode("\xA4\xBD", "l9").text(), "\xE2\x82\xAC\xC5\x93");             // €œ
  expect_exact_map("Zg\xB3osze\xF1 \xB1", "ISO-8859-2");
}

TEST(Decode, Koi8R) {
  const std::string bytes = "\xF0\xD2\xC9\xD7\xC5\xD4, mir";  // Привет
  const decoded_text t = decode(bytes, "koi8-r");
  EXPECT_EQ(t.text(), "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82, mir");
  EXPECT_EQ(t.source_offset(12), 6u);
  expect_exact_map(bytes, "KOI8-R");
}

TEST(Decode, ShiftJis) {
  const std::string bytes = "Tokyo \x93\xFA\x96\x7B \xB1!";  // 日本, half-width ｱ
  const decoded_text t = decode(bytes, "x-sjis");
  EXPECT_EQ(t.encoding(), "Shift_JIS");
  EXPECT_EQ(t.text(), "Tokyo \xE6\x97\xA5\xE6\x9C\xAC \xEF\xBD\xB1!");
  EXPECT_EQ(t.source_offset(9), 8u);   // 本
  EXPECT_EQ(t.source_offset(13), 11u);  // ｱ
  expect_exact_map(bytes, "Shift_JIS");
}

TEST(Decode, EucKr) {
  const std::string bytes = "\xC7\xD1\xB1\xB9 Korea";  // 한국
  EXPECT_EQ(decode(bytes, "ks_c_5601-1987").text(), "\xED\x95\x9C\xEA\xB5\xAD Korea");
  expect_exact_map(bytes, "EUC-KR");
}

TEST(Decode, Gb18030WithFourByteSequences) {
  const std::string bytes = "\xD6\xD0\xCE\xC4 \x94\x39\xFC\x36.";  // 中文 😀
  const decoded_text t = decode(bytes, "gb18030");
  EXPECT_EQ(t.text(), "\xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80.");
  EXPECT_EQ(t.source_offset(7), 5u);
  EXPECT_EQ(t.source_offset(11), 9u);
  expect_exact_map(bytes, "gb18030");
}

TEST(Decode, Utf16And32ByteOrderMarks) {
  const std::string le = "\xFF\xFEH\0\xE9\0\x3D\xD8\x00\xDE"s;  // Hé😀
  const decoded_text t = decode(le, "auto");
  EXPECT_EQ(t.encoding(), "UTF-16LE");
  EXPECT_EQ(t.origin(), encoding_origin::bom);
  EXPECT_EQ(t.text(), "H\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_EQ(t.source_offset(0), 2u);
  EXPECT_EQ(t.source_offset(3), 6u);
  EXPECT_EQ(t.source_offset(7), 10u);

  const std::string be = "\xFE\xFF\0H\0\xE9"s;
  // The mark wins over the declaration, as in browsers.
  const decoded_text b = decode(be, "windows-1252");
  EXPECT_EQ(b.encoding(), "UTF-16BE");
  EXPECT_EQ(b.text(), "H\xC3\xA9");

  const std::string u32 = "\xFF\xFE\0\0H\0\0\0\x00\xF6\x01\0"s;  // H😀
  EXPECT_EQ(decode(u32, "auto").text(), "H\xF0\x9F\x98\x80");
  expect_exact_map(le.substr(2), "UTF-16LE");
}

TEST(Decode, LyingDeclarationIsTrusted) {
  // UTF-8 bytes declared latin1: every byte is valid windows-1252, so the text
  // comes out as mojibake rather than an error; "auto" would have found UTF-8.
  const std::string bytes = "caf\xC3\xA9";
  EXPECT_EQ(decode(bytes, "latin1").text(), "caf\xC3\x83\xC2\xA9");
  EXPECT_EQ(decode(bytes, "auto").text(), bytes);
  EXPECT_EQ(decode(bytes, "auto").origin(), encoding_origin::detected);
}

TEST(Decode, StrictNamesTheOriginalOffset) {
  try {
    (void)decode("ab\xA5z", "ISO-8859-3");  // 0xA5 is unassigned in Latin-3
    FAIL() << "expected invalid_encoding";
  } catch (const newslib::invalid_encoding& e) {
    EXPECT_EQ(e.offset(), 2u);
    EXPECT_EQ(e.encoding(), "ISO-8859-3");
  }
  try {
    // Two good characters (4 bytes), then a lead byte with a bad trail byte.
    (void)decode("\x93\xFA\x96\x7B\x81\x20x", "Shift_JIS");
    FAIL() << "expected invalid_encoding";
  } catch (const newslib::invalid_encoding& e) {
    EXPECT_EQ(e.offset(), 4u);
  }
  try {
    (void)decode("\xFF\xFEH\0\x00\xDC"s, "auto");  // a lone low surrogate after the mark
    FAIL() << "expected invalid_encoding";
  } catch (const newslib::invalid_encoding& e) {
    EXPECT_EQ(e.offset(), 4u);
  }
  try {
    (void)decode("\xEF\xBB\xBFok\xFF", "utf-8");
    FAIL() << "expected invalid_utf8";
  } catch (const newslib::invalid_utf8& e) {
    EXPECT_EQ(e.offset(), 5u);
  }
}

TEST(Decode, ReplaceRecordsWhere) {
  const decoded_text t = decode("a\xA5" "b", "ISO-8859-3", utf8_errors::replace);
  EXPECT_EQ(t.text(), "a\xEF\xBF\xBD" "b");
  ASSERT_EQ(t.replacements().size(), 1u);
  EXPECT_EQ(t.replacements()[0], (span{1, 4}));
  EXPECT_EQ(t.source_span(t.replacements()[0]), (span{1, 2}));

  const decoded_text j = decode("\x93\xFA\x81\x20x", "Shift_JIS", utf8_errors::replace);
  ASSERT_EQ(j.replacements().size(), 1u);
  EXPECT_EQ(j.text().substr(0, 3), "\xE6\x97\xA5");
  EXPECT_EQ(j.source_span(j.replacements()[0]).begin, 2u);
  EXPECT_EQ(j.source_offset(j.text().size()), 5u);
}

TEST(Decode, ReplacedUtf8MatchesTheDocumentRules) {
  const std::string bad = "a\xE2\x82z\xFF\xF0\x9F\x98\x80 \xC0\xAF\xED\xA0\x80 end\xE2";
  std::vector<span> expected;
  const std::string repaired = newslib::detail::replace_invalid_utf8(bad, expected);
  const decoded_text t = decode(bad, "utf-8", utf8_errors::replace);
  EXPECT_EQ(t.text(), repaired);
  EXPECT_EQ(t.replacements(), expected);
  EXPECT_EQ(t.source_span(t.replacements()[0]), (span{1, 3}));
  EXPECT_EQ(t.source_offset(t.text().size()), bad.size());
}

TEST(Detect, OrderIsMarkThenUtf8ThenDetector) {
  EXPECT_EQ(newslib::detect_encoding("\xEF\xBB\xBFx").name, "UTF-8");
  EXPECT_EQ(newslib::detect_encoding("\xEF\xBB\xBFx").origin, encoding_origin::bom);
  EXPECT_EQ(newslib::detect_encoding("\xFF\xFE\0\0"s).name, "UTF-32LE");
  EXPECT_EQ(newslib::detect_encoding("\xFE\xFF\0x"s).name, "UTF-16BE");
  EXPECT_EQ(newslib::detect_encoding("plain ASCII").name, "UTF-8");
  EXPECT_EQ(newslib::detect_encoding("caf\xC3\xA9").origin, encoding_origin::detected);
  EXPECT_EQ(newslib::detect_encoding("").name, "UTF-8");

  // A Russian paragraph in KOI8-R: "Привет, как дела? Это новость дня."
  std::string koi8;
  for (int i = 0; i < 20; ++i) {
    koi8 += "\xF0\xD2\xC9\xD7\xC5\xD4, \xCB\xC1\xCB \xC4\xC5\xCC\xC1? "
            "\xFC\xD4\xCF \xCE\xCF\xD7\xCF\xD3\xD4\xD8 \xC4\xCE\xD1. ";
  }
  EXPECT_EQ(newslib::detect_encoding(koi8).name, "KOI8-R");
  EXPECT_EQ(decode(koi8, "auto").origin(), encoding_origin::detected);
}

TEST(SourceMap, ExactPastCheckpoints) {
  expect_exact_prefixes(repeat("Caf\xE9 cr\xE8me \x93" "br\xFBl\xE9" "e\x94. ", 200), "windows-1252");
  expect_exact_prefixes(repeat("\x93\xFA\x96\x7B \xB1\xB2 Tokyo 2024. ", 300), "Shift_JIS");
  expect_exact_prefixes(repeat("\xD6\xD0 \x94\x39\xFC\x36 \x81\x30\x81\x30 ok ", 300), "gb18030");
  expect_exact_prefixes(repeat("a\xA5\xE9z ", 800), "ISO-8859-3", utf8_errors::replace);
  expect_exact_prefixes(repeat("H\0\xE9\0\x3D\xD8\x00\xDE \0"s, 400), "UTF-16LE");
  expect_exact_prefixes(repeat("ok \xC3\xA9 \xE2\x82 \xFF\xF0\x9F\x98\x80 ", 300), "UTF-8",
                        utf8_errors::replace);
}

TEST(SourceMap, CostsLittle) {
  // French in windows-1252: no exceptions, one 8-byte checkpoint per KiB.
  const std::string bytes = repeat("Le d\xE9put\xE9 a vot\xE9 la r\xE9""forme. ", 500);
  const decoded_text t = decode(bytes, "windows-1252");
  EXPECT_LE(t.map().memory_usage(), (t.text().size() / 1024 + 1) * 8);
  // Pure ASCII in a single-byte charset needs no map at all.
  EXPECT_TRUE(decode("plain text", "windows-1252").map().is_identity());
}
