#include <gtest/gtest.h>

#include <locale>
#include <string>
#include <thread>
#include <vector>

#include <boost/locale/conversion.hpp>
#include <boost/locale/generator.hpp>
#include <boost/locale/localization_backend.hpp>

#include "newslib/token.hpp"
#include "text/char_class.hpp"
#include "text/term_key.hpp"

using newslib::detail::char_class;
using newslib::detail::classify;

namespace {

std::string key(const std::string& s) {
  std::string out;
  newslib::detail::term_key(s, out);
  return out;
}

}  // namespace

TEST(TermKey, AsciiIsLowercased) {
  EXPECT_EQ(key("Hello WORLD 42"), "hello world 42");
  EXPECT_EQ(key(""), "");
  EXPECT_EQ(key(std::string("A\0B", 3)), std::string("a\0b", 3));
}

TEST(TermKey, FullCaseFoldingAndNfkc) {
  EXPECT_EQ(key("Stra\u00dfe"), "strasse");
  EXPECT_EQ(key("\ufb01nance"), "finance");             // ligature fi
  EXPECT_EQ(key("\uff2e\uff25\uff37\uff33"), "news");   // fullwidth letters
  EXPECT_EQ(key("\u2460"), "1");                        // circled digit one
  EXPECT_EQ(key("Caf\u00e9"), key("Cafe\u0301"));        // composed and decomposed
  EXPECT_EQ(key("\u00c9COLE"), "\u00e9cole");
  EXPECT_EQ(key("\u0391\u0398\u0397\u039d\u0391"), "\u03b1\u03b8\u03b7\u03bd\u03b1");
  EXPECT_EQ(key("\u03a3\u03bf\u03c6\u03af\u03b1\u03c2"), key("\u03c3\u03bf\u03c6\u03af\u03b1\u03c3"));  // final sigma
  EXPECT_EQ(key("\u041c\u041e\u0421\u041a\u0412\u0410"), "\u043c\u043e\u0441\u043a\u0432\u0430");
  EXPECT_EQ(key("\u2126"), "\u03c9");                   // ohm sign
  EXPECT_EQ(key("\u1e9e"), "ss");                       // capital sharp s
}

TEST(TermKey, MatchesBoostLocaleFolding) {
  // Boost.Locale's ICU backend as the reference implementation.
  boost::locale::localization_backend_manager manager =
      boost::locale::localization_backend_manager::global();
  manager.select("icu");
  const std::locale loc = boost::locale::generator(manager)("en_US.UTF-8");
  for (const std::string s : {"Stra\u00dfe", "\u00c9COLE", "\u0130stanbul", "\u0544\u0546"}) {
    EXPECT_EQ(key(s), boost::locale::fold_case(
                          boost::locale::normalize(s, boost::locale::norm_nfkc, loc), loc))
        << s;
  }
}

TEST(TermKey, IsIdempotentAndThreadSafe) {
  const std::vector<std::string> words = {"Stra\u00dfe", "\ufb03", "\u01c4", "\u1e9e\u0301",
                                          "\u0345\u0399", "\u2163", "x\u0301\u0327"};
  for (const auto& w : words) EXPECT_EQ(key(key(w)), key(w)) << w;
  std::vector<std::thread> threads;
  std::vector<int> failures(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 2000; ++i) {
        if (key("Stra\u00dfe") != "strasse") ++failures[t];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int f : failures) EXPECT_EQ(f, 0);
}

TEST(CharClass, Ascii) {
  EXPECT_EQ(classify('a'), char_class::letter);
  EXPECT_EQ(classify('Z'), char_class::letter);
  EXPECT_EQ(classify('7'), char_class::digit);
  EXPECT_EQ(classify(' '), char_class::space);
  EXPECT_EQ(classify('\r'), char_class::space);
  EXPECT_EQ(classify('\0'), char_class::other);
  EXPECT_EQ(classify('$'), char_class::symbol);
  EXPECT_EQ(classify('%'), char_class::punctuation);
  EXPECT_EQ(classify('_'), char_class::punctuation);
}

TEST(CharClass, BeyondAscii) {
  EXPECT_EQ(classify(U'\u00e9'), char_class::letter);
  EXPECT_EQ(classify(U'\u0301'), char_class::mark);
  EXPECT_EQ(classify(U'\u00a0'), char_class::space);
  EXPECT_EQ(classify(U'\u3000'), char_class::space);
  EXPECT_EQ(classify(U'\u2028'), char_class::space);
  EXPECT_EQ(classify(U'\u0085'), char_class::space);
  EXPECT_EQ(classify(U'\u200b'), char_class::other);
  EXPECT_EQ(classify(U'\u200d'), char_class::joiner);
  EXPECT_EQ(classify(U'\u00ad'), char_class::joiner);
  EXPECT_EQ(classify(U'\u4e2d'), char_class::ideograph);
  EXPECT_EQ(classify(U'\u30ab'), char_class::letter);    // katakana
  EXPECT_EQ(classify(U'\u0661'), char_class::digit);     // Arabic-Indic one
  EXPECT_EQ(classify(U'\u20ac'), char_class::symbol);
  EXPECT_EQ(classify(U'\u201c'), char_class::punctuation);
  EXPECT_EQ(classify(U'\U0001F600'), char_class::pictographic);
  EXPECT_EQ(classify(U'\U0001F1EB'), char_class::regional);
  EXPECT_EQ(classify(U'\U0001F3FD'), char_class::modifier);
  EXPECT_EQ(classify(U'\uE000'), char_class::other);     // private use
  EXPECT_EQ(classify(U'\U000E0001'), char_class::other); // language tag (format)
}

TEST(TokenKind, Names) {
  EXPECT_STREQ(newslib::to_string(newslib::token_kind::word), "word");
  EXPECT_STREQ(newslib::to_string(newslib::token_kind::number), "number");
  EXPECT_STREQ(newslib::to_string(newslib::token_kind::punctuation), "punctuation");
  EXPECT_STREQ(newslib::to_string(newslib::token_kind::symbol), "symbol");
  EXPECT_STREQ(newslib::to_string(newslib::token_kind::url), "url");
  EXPECT_STREQ(newslib::to_string(newslib::token_kind::email), "email");
  EXPECT_STREQ(newslib::to_string(newslib::token_kind::other), "other");
}
