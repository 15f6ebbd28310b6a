#include "newslib/rouge.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "rouge/lcs.hpp"
#include "rouge/rouge_tokenizer.hpp"

using newslib::rouge;
using newslib::rouge_options;
using newslib::rouge_score;
using newslib::rouge_scores;
using newslib::detail::rouge_tokenize;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

namespace {

rouge_options no_stemmer() {
  rouge_options o;
  o.stemmer = false;
  return o;
}

void expect_score(const rouge_score& s, double p, double r) {
  EXPECT_DOUBLE_EQ(s.precision, p);
  EXPECT_DOUBLE_EQ(s.recall, r);
  EXPECT_DOUBLE_EQ(s.f1, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
}

void expect_all_zero(const rouge_scores& s) {
  for (const rouge_score* x : {&s.rouge1, &s.rouge2, &s.rougeL, &s.rougeLsum}) {
    EXPECT_EQ(x->precision, 0.0);
    EXPECT_EQ(x->recall, 0.0);
    EXPECT_EQ(x->f1, 0.0);
  }
}

}  // namespace

TEST(RougeTokenizer, LowercasesAndSplitsOnAnythingElse) {
  EXPECT_THAT(rouge_tokenize("Hello, World! It's 9:30.", false),
              ElementsAre("hello", "world", "it", "s", "9", "30"));
  EXPECT_THAT(rouge_tokenize("  \t\n...  ", false), IsEmpty());
  EXPECT_THAT(rouge_tokenize("", true), IsEmpty());
}

TEST(RougeTokenizer, NonAsciiLettersSeparate) {
  EXPECT_THAT(rouge_tokenize("caf\xC3\xA9 na\xC3\xAFve", false), ElementsAre("caf", "na", "ve"));
  EXPECT_THAT(rouge_tokenize("\xE6\x97\xA5\xE6\x9C\xAC", false), IsEmpty());
  // KELVIN SIGN lowercases to 'k'; capital dotted I to "i" plus a combining dot.
  EXPECT_THAT(rouge_tokenize("5\xE2\x84\xAA", false), ElementsAre("5k"));
  EXPECT_THAT(rouge_tokenize("\xC4\xB0stanbul", false), ElementsAre("i", "stanbul"));
  // Invalid UTF-8 separates like any other non-alphanumeric byte.
  EXPECT_THAT(rouge_tokenize("ab\xFF" "cd\xC4", false), ElementsAre("ab", "cd"));
}

TEST(RougeTokenizer, StemsOnlyTokensLongerThanThree) {
  EXPECT_THAT(rouge_tokenize("was runs cats running", true),
              ElementsAre("was", "run", "cat", "run"));
  EXPECT_THAT(rouge_tokenize("was runs", false), ElementsAre("was", "runs"));
}

TEST(Lcs, LengthAndTheChosenSubsequence) {
  using newslib::detail::token_ids;
  EXPECT_EQ(newslib::detail::lcs_length({1, 2, 3, 4, 5}, {1, 3, 5}), 3u);
  EXPECT_EQ(newslib::detail::lcs_length({}, {1}), 0u);
  std::vector<char> marked(2, 0);
  std::vector<std::uint32_t> table;
  // Two subsequences of length one; the walk back prefers the earlier
  // reference token on a tie.
  newslib::detail::mark_lcs({1, 2}, {2, 1}, marked, table);
  EXPECT_THAT(marked, ElementsAre(1, 0));
}

TEST(Rouge, IdenticalTextsScoreOne) {
  const auto s = rouge("The cat sat on the mat.\nIt purred.", "The cat sat on the mat.\nIt purred.");
  for (const rouge_score* x : {&s.rouge1, &s.rouge2, &s.rougeL, &s.rougeLsum}) {
    expect_score(*x, 1.0, 1.0);
  }
}

TEST(Rouge, EmptyOrPunctuationOnlyScoresZero) {
  expect_all_zero(rouge("", "a reference"));
  expect_all_zero(rouge("a candidate", ""));
  expect_all_zero(rouge("", ""));
  expect_all_zero(rouge("!!! ... ???", "!!! ... ???"));
  expect_all_zero(rouge("\n\n\n", "words here"));
}

TEST(Rouge, HandCountedOverlaps) {
  const auto s = rouge("the cat sat on the mat", "the cat lay on the mat", no_stemmer());
  expect_score(s.rouge1, 5.0 / 6, 5.0 / 6);
  expect_score(s.rouge2, 3.0 / 5, 3.0 / 5);
  expect_score(s.rougeL, 5.0 / 6, 5.0 / 6);
  expect_score(s.rougeLsum, 5.0 / 6, 5.0 / 6);
}

TEST(Rouge, RepeatedWordsAreClipped) {
  const auto s = rouge("the the the the", "the cat");
  expect_score(s.rouge1, 1.0 / 4, 1.0 / 2);
  expect_score(s.rouge2, 0.0, 0.0);
  expect_score(s.rougeL, 1.0 / 4, 1.0 / 2);
  expect_score(s.rougeLsum, 1.0 / 4, 1.0 / 2);
}

TEST(Rouge, StemmerOption) {
  expect_score(rouge("running dogs", "run dog").rouge1, 1.0, 1.0);
  expect_score(rouge("running dogs", "run dog", no_stemmer()).rouge1, 0.0, 0.0);
  // Three-letter tokens are never stemmed, so "was" does not become "wa".
  expect_score(rouge("was", "wa").rouge1, 0.0, 0.0);
}

TEST(Rouge, NonAsciiText) {
  const auto s = rouge("Caf\xC3\xA9 na\xC3\xAFve", "caf na ve", no_stemmer());
  expect_score(s.rouge1, 1.0, 1.0);
  expect_score(s.rouge2, 1.0, 1.0);
  expect_all_zero(rouge("\xE6\x97\xA5\xE6\x9C\xAC", "\xE6\x97\xA5\xE6\x9C\xAC"));
}

TEST(Rouge, LsumUnitesSentenceLevelMatches) {
  // Sentence order is swapped: ROUGE-L over the whole text finds two tokens in
  // order, ROUGE-Lsum matches each reference sentence to its candidate line.
  const auto s = rouge("c d\na b", "a b\nc d");
  expect_score(s.rougeL, 0.5, 0.5);
  expect_score(s.rougeLsum, 1.0, 1.0);
  // Bigrams run across line breaks ("d a").
  expect_score(s.rouge2, 2.0 / 3, 2.0 / 3);
}

TEST(Rouge, LsumIgnoresEmptyLines) {
  const auto a = rouge("c d\n\n\na b\n", "a b\n\nc d");
  expect_score(a.rougeLsum, 1.0, 1.0);
  // A line of punctuation is a sentence without tokens: no effect either.
  const auto b = rouge("c d\n--\na b", "a b\nc d");
  expect_score(b.rougeLsum, 1.0, 1.0);
}

TEST(Rouge, LsumCountsEachTokenOnce) {
  // Both reference sentences contain "a b", the candidate only once: the
  // second sentence's union LCS finds no unused tokens.
  const auto s = rouge("a b", "a b\na b");
  expect_score(s.rougeLsum, 1.0, 0.5);
}

TEST(Rouge, LsumFollowsTheLcsTieBreak) {
  // "a b" against "b a" has two LCSs; the one taken is "a", which leaves the
  // candidate's "b" for the second reference sentence: two hits, not one.
  const auto s = rouge("b a", "a b\nb");
  expect_score(s.rougeLsum, 1.0, 2.0 / 3);
  expect_score(s.rougeL, 0.5, 1.0 / 3);
}

TEST(Rouge, Deterministic) {
  const std::string c = "Officials said the bridge would reopen on Monday.\nTraffic was light.";
  const std::string r = "The bridge reopens Monday, officials said.\nTraffic stayed light.";
  const auto a = rouge(c, r);
  const auto b = rouge(c, r);
  EXPECT_EQ(a.rouge1.f1, b.rouge1.f1);
  EXPECT_EQ(a.rougeLsum.f1, b.rougeLsum.f1);
  EXPECT_GT(a.rouge1.f1, 0.0);
  EXPECT_LT(a.rouge1.f1, 1.0);
}
