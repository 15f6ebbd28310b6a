// The shared text layer (src/text): the three views of the classification,
// simple case folding, the byte scanners and the UTF-8 helpers they rest on.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "segment/language_rules.hpp"
#include "text/byte_scan.hpp"
#include "text/case_fold.hpp"
#include "text/char_class.hpp"
#include "text/code_point_scan.hpp"
#include "text/utf8.hpp"

using namespace newslib::detail;

TEST(TextClasses, AsciiViewsAgree) {
  for (char32_t c = 0; c < 0x80; ++c) {
    const bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
    const bool digit = c >= '0' && c <= '9';
    const bool space = c == ' ' || (c >= '\t' && c <= '\r');
    EXPECT_EQ(classify(c) == char_class::letter, upper || lower) << int(c);
    EXPECT_EQ(classify(c) == char_class::space, space) << int(c);
    EXPECT_EQ(classify_case(c) == case_class::upper, upper) << int(c);
    EXPECT_EQ(classify_case(c) == case_class::lower, lower) << int(c);
    EXPECT_EQ(classify_case(c) == case_class::space, space) << int(c);
    EXPECT_EQ(classify_scan(c) == scan_class::digit, digit) << int(c);
    EXPECT_EQ(classify_scan(c) == scan_class::letter, upper || lower) << int(c);
    // The metadata view keeps line ends apart from other spaces.
    const bool line_end = c == '\n' || c == '\r';
    EXPECT_EQ(classify_scan(c) == scan_class::line_break, line_end) << int(c);
    EXPECT_EQ(classify_scan(c) == scan_class::space, space && !line_end) << int(c);
  }
}

TEST(TextClasses, BeyondAscii) {
  EXPECT_EQ(classify_case(U'\u00c9'), case_class::upper);    // É
  EXPECT_EQ(classify_case(U'\u01c5'), case_class::upper);    // titlecase Dž
  EXPECT_EQ(classify_case(U'\u03c9'), case_class::lower);    // ω
  EXPECT_EQ(classify_case(U'\u0915'), case_class::uncased);  // Devanagari ka
  EXPECT_EQ(classify_case(U'\u093e'), case_class::uncased);  // its vowel sign
  EXPECT_EQ(classify_case(U'\u0661'), case_class::digit);
  EXPECT_EQ(classify_case(U'\u00a0'), case_class::space);
  EXPECT_EQ(classify_case(U'\ufeff'), case_class::space);
  EXPECT_EQ(classify_case(U'\u201c'), case_class::other);
  EXPECT_EQ(classify_scan(U'\u2028'), scan_class::line_break);
  EXPECT_EQ(classify_scan(U'\u3000'), scan_class::space);
  EXPECT_EQ(classify_scan(U'\u2014'), scan_class::punct);
  EXPECT_EQ(classify_scan(U'\u00ba'), scan_class::letter);   // ordinal indicator
  EXPECT_EQ(classify_scan(U'\u4e2d'), scan_class::letter);
  EXPECT_TRUE(is_invisible_format(U'\u200d'));
  EXPECT_FALSE(is_invisible_format(U'\u2019'));
}

TEST(SimpleCaseFold, Scripts) {
  EXPECT_EQ(fold_simple_case('Q'), U'q');
  EXPECT_EQ(fold_simple_case(U'\u00c9'), U'\u00e9');  // É
  EXPECT_EQ(fold_simple_case(U'\u00d7'), U'\u00d7');  // ×
  EXPECT_EQ(fold_simple_case(U'\u0141'), U'\u0142');  // Ł (odd/even block)
  EXPECT_EQ(fold_simple_case(U'\u0160'), U'\u0161');  // Š
  EXPECT_EQ(fold_simple_case(U'\u0178'), U'\u00ff');  // Ÿ
  EXPECT_EQ(fold_simple_case(U'\u0130'), U'\u0130');  // İ has no simple pair
  EXPECT_EQ(fold_simple_case(U'\u0386'), U'\u03ac');  // Ά
  EXPECT_EQ(fold_simple_case(U'\u038f'), U'\u03ce');  // Ώ
  EXPECT_EQ(fold_simple_case(U'\u03a3'), U'\u03c3');  // Σ
  EXPECT_EQ(fold_simple_case(U'\u0401'), U'\u0451');  // Ё
  EXPECT_EQ(fold_simple_case(U'\u042f'), U'\u044f');  // Я
  EXPECT_EQ(fold_simple_case(U'\u0490'), U'\u0491');  // Ґ
  EXPECT_EQ(fold_simple_case(U'\u0531'), U'\u0561');  // Armenian Ա
  EXPECT_EQ(fold_simple_case(U'\u00df'), U'\u00df');  // ß stays (one to one only)
  EXPECT_EQ(fold_simple_case(U'\u2019'), U'\u2019');  // punctuation is not folded
  EXPECT_TRUE(is_simple_upper(U'\u0416'));
  EXPECT_FALSE(is_simple_upper(U'\u0436'));
  EXPECT_TRUE(is_simple_lower(U'\u0436'));
}

TEST(SimpleCaseFold, StringsAndFixedBuffer) {
  std::string out = "x";
  append_simple_folded("\xC3\x89T\xC3\x89 \xFF Ab", out);  // "ÉTÉ", an ill-formed byte
  EXPECT_EQ(out, "x\xC3\xA9t\xC3\xA9 \xFF ab");
  const std::string text = "Der MÄRZ";
  EXPECT_EQ(folded_word(text, 4, text.size()).view(), "m\xC3\xA4rz");
  const std::string long_word(folded_word::capacity + 1, 'A');
  EXPECT_EQ(folded_word(long_word, 0, long_word.size()).view(), "");
  std::string folded;
  EXPECT_TRUE(append_folded(text, 0, 3, folded, 8));
  EXPECT_EQ(folded, "der");
  EXPECT_FALSE(append_folded(text, 0, text.size(), folded, 3));
}

TEST(SimpleCaseFold, AbbreviationKeysReadTheTypographicApostrophe) {
  std::string key;
  append_abbreviation_key("L\xE2\x80\x99" "ABB", key);
  EXPECT_EQ(key, "l'abb");
}

TEST(ByteScan, SentenceBytesMatchTheTable) {
  std::mt19937 rng(7);
  const std::string alphabet = "ab .!?;:()[]{}\"\n\r\t,'-\xC2\xA0\xE2\x80\x9C";
  for (int round = 0; round < 200; ++round) {
    std::string s(static_cast<std::size_t>(rng() % 70), ' ');
    for (char& c : s) c = rng() % 4 == 0 ? alphabet[rng() % alphabet.size()] : 'x';
    for (std::size_t from = 0; from <= s.size(); from += 5) {
      std::size_t expected = from;
      while (expected < s.size() && !sentence_bytes[static_cast<unsigned char>(s[expected])])
        ++expected;
      EXPECT_EQ(find_sentence_byte(s, from, s.size()), expected) << s << " from " << from;
    }
  }
}

TEST(ByteScan, LinesAndLetters) {
  const std::string s = "first line of text\r\nsecond line, longer than sixteen bytes\nend";
  EXPECT_EQ(find_cr_or_lf(s, 0, s.size()), s.find('\r'));
  EXPECT_EQ(find_cr_or_lf(s, s.find('\n') + 1, s.size()), s.rfind('\n'));
  EXPECT_EQ(find_cr_or_lf_back(s, 0, s.size()), s.rfind('\n') + 1);
  EXPECT_EQ(find_cr_or_lf_back(s, 0, 5), 0u);
  const std::string words = "Internationalisation-ready words";
  EXPECT_EQ(ascii_letters_end(words, 0, words.size()), words.find('-'));
  EXPECT_EQ(ascii_letters_end(words, 0, 4), 4u);
  char out[32] = {};
  lowercase_ascii_letters(words, 0, 5, out);
  EXPECT_EQ(std::string(out, 5), "inter");
  lowercase_ascii_letters(words, words.size() - 5, 5, out);  // too near the end for 16
  EXPECT_EQ(std::string(out, 5), "words");
}

TEST(Utf8Helpers, EncodeDecodeAndStepBack) {
  for (char32_t cp : {U'a', U'\u00e9', U'\u20ac', U'\U0001F600', U'\u07ff', U'\uffff'}) {
    char bytes[4];
    const std::size_t n = encode_utf8(cp, bytes);
    const std::string s(bytes, n);
    EXPECT_EQ(utf8_lead_length(static_cast<unsigned char>(s[0])), n);
    EXPECT_EQ(utf8_sequence_length(s, 0), n);
    std::size_t i = 0;
    EXPECT_EQ(decode_utf8(s, i), cp);
    EXPECT_EQ(i, n);
    EXPECT_EQ(previous_code_point_start(s, n, 0), 0u);
    std::string appended;
    append_utf8(appended, cp);
    EXPECT_EQ(appended, s);
  }
  const std::string s = "a\xE2\x82\xAC" "b";
  EXPECT_EQ(previous_code_point_start(s, 4, 0), 1u);
  EXPECT_EQ(previous_code_point_start(s, 4, 2), 2u);  // never before the floor
  EXPECT_EQ(previous_code_point_start(s, 0, 0), 0u);
}

TEST(CodePointScan, ReadsTrimsAndMatches) {
  const std::string s = "\xC2\xA0 Published\xE2\x80\x83on  Monday \n";
  const newslib::span r = trim(s, 0, s.size());
  EXPECT_EQ(s.substr(r.begin, r.end - r.begin), "Published\xE2\x80\x83on  Monday");
  const code_point cp = read_code_point(s, 0);
  EXPECT_EQ(cp.value, U'\u00a0');
  EXPECT_EQ(cp.size, 2u);
  EXPECT_EQ(cp.cls, scan_class::space);
  EXPECT_EQ(read_code_point_before(s, s.size()).cls, scan_class::line_break);
  const std::size_t word = s.find('P');
  EXPECT_EQ(match_phrase(s, word, s.size(), "published on monday"), s.find(" \n"));
  EXPECT_EQ(match_phrase(s, word, s.size(), "published monday"), no_match);
}
