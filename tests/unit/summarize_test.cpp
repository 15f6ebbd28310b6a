// newslib::summarize on parsed documents: options, budgets, order, ranks,
// errors, redundancy and thread safety.
#include "newslib/summarize.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "newslib/error.hpp"
#include "summarize/sentence_vectors.hpp"
#include "shared_data.hpp"

namespace {

using newslib::budget;
using newslib::document;
using newslib::summary_options;

const char* const kArticle =
    "Harbour town plans new sea wall after winter storms\n"
    "\n"
    "The council of Porthaven voted on Tuesday to build a new sea wall along the harbour, "
    "after three winter storms flooded more than two hundred homes. "
    "The wall will cost twelve million pounds and take two years to build. "
    "Engineers said the old wall, built in 1890, could no longer hold back the higher tides. "
    "The new sea wall along the harbour will protect homes that flooded in the storms. "
    "Residents welcomed the decision but asked how the cost would be shared. "
    "The council plans to pay for the wall with a national flood grant and a small rise in "
    "local taxes.\n"
    "\n"
    "Fishing crews worry that building work will close the harbour mouth for months. "
    "The harbour master said boats would keep a narrow channel open during the work. "
    "A public meeting on the plans is set for next month at the town hall. "
    "Work on the sea wall could begin in the spring if the grant is approved.\n";

const document& article() {
  static const document doc(kArticle, [] {
    newslib::parse_options options;
    options.language = "en";
    return options;
  }());
  return doc;
}

std::size_t code_points(const std::string& text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

summary_options with(const std::string& algorithm, budget length) {
  summary_options options;
  options.algorithm = algorithm;
  options.length = length;
  return options;
}

template <class F>
void expect_invalid(F&& f, const std::string& argument, const std::string& fragment) {
  try {
    f();
    ADD_FAILURE() << "no exception for " << argument;
  } catch (const newslib::invalid_argument& e) {
    EXPECT_EQ(e.argument(), argument);
    EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
  }
}

TEST(Summarize, CheckOptionsRefusesWhatSummarizeRefuses) {
  const newslib::document doc("One sentence here. Another one there.");
  const std::vector<std::pair<summary_options, std::string>> bad = {
      {with("nope", budget::sentences(1)), "algorithm"},
      {with("lead", budget{budget::unit::sentences, 0}), "sentences"},
      {with("lead", budget{budget::unit::words, 2.5}), "words"},
      {with("lead", budget::ratio(1.5)), "ratio"},
  };
  const auto message = [](auto&& f) {
    try {
      f();
    } catch (const newslib::invalid_argument& e) {
      return std::string(e.argument()) + ": " + e.what();
    }
    return std::string("no exception");
  };
  for (const auto& entry : bad) {
    // Named references: C++17 lambdas cannot capture structured bindings.
    const summary_options& options = entry.first;
    const std::string& argument = entry.second;
    const std::string checked = message([&] { newslib::check_summary_options(options); });
    EXPECT_EQ(checked.substr(0, argument.size() + 1), argument + ":");
    // One rule, one message, whether checked alone or by summarize().
    EXPECT_EQ(checked, message([&] { (void)newslib::summarize(doc, options); }));
  }
  summary_options redundant = with("lead", budget::sentences(1));
  redundant.redundancy = 2.0;
  expect_invalid([&] { newslib::check_summary_options(redundant); }, "redundancy", "[0, 1]");
  EXPECT_NO_THROW(newslib::check_summary_options(with("default", budget::ratio(0.5))));
}

TEST(Summarize, AlgorithmsAreListedInAStableOrder) {
  const auto& names = newslib::algorithms();
  const std::vector<std::string> expected = {
      "default",  "learned",       "lead",     "luhn",  "lsa",      "lexrank", "lexrank-threshold",
      "textrank", "textrank-bm25", "sumbasic", "klsum", "centroid", "pacsum"};
  EXPECT_EQ(names, expected);
  EXPECT_EQ(&names, &newslib::algorithms());
}

TEST(Summarize, TheArticleParsesIntoSentences) {
  ASSERT_GE(article().sentences().size(), 8u);
}

TEST(Summarize, DefaultsAreThreeSentencesInDocumentOrder) {
  const auto s = newslib::summarize(article());
  EXPECT_EQ(s.algorithm, "learned");  // "default" resolved
  EXPECT_EQ(s.options.algorithm, "default");
  EXPECT_EQ(newslib::score_sentences(article(), "default"), s.scores);
  ASSERT_TRUE(s.options.redundancy.has_value());
  ASSERT_EQ(s.selected.size(), 3u);
  EXPECT_LT(s.selected[0].index, s.selected[1].index);
  EXPECT_LT(s.selected[1].index, s.selected[2].index);
  EXPECT_EQ(s.scores.size(), article().sentences().size());
  EXPECT_EQ(s.ranks.size(), article().sentences().size());
}

TEST(Summarize, SelectedEntriesAgreeWithScoresRanksAndText) {
  for (const auto& name : newslib::algorithms()) {
    SCOPED_TRACE(name);
    const auto s = newslib::summarize(article(), with(name, budget::sentences(4)));
    ASSERT_EQ(s.selected.size(), 4u);
    std::string text;
    for (const auto& entry : s.selected) {
      EXPECT_EQ(entry.bytes, article().sentences()[entry.index].bytes);
      EXPECT_EQ(entry.score, s.scores[entry.index]);
      EXPECT_EQ(entry.rank, s.ranks[entry.index]);
      if (!text.empty()) text += '\n';
      text += article().sentence_text(entry.index);
    }
    EXPECT_EQ(s.text, text);
    // Ranks are a permutation of 1..n, ordered by score with ties to the earlier.
    std::vector<std::size_t> by_rank(s.ranks.size());
    for (std::size_t i = 0; i < s.ranks.size(); ++i) {
      ASSERT_GE(s.ranks[i], 1u);
      ASSERT_LE(s.ranks[i], s.ranks.size());
      by_rank[s.ranks[i] - 1] = i;
    }
    for (std::size_t r = 1; r < by_rank.size(); ++r) {
      const double a = s.scores[by_rank[r - 1]];
      const double b = s.scores[by_rank[r]];
      EXPECT_TRUE(a > b || (a == b && by_rank[r - 1] < by_rank[r]));
    }
    EXPECT_EQ(newslib::score_sentences(article(), name), s.scores);
  }
}

TEST(Summarize, ScoreOrderPutsTheBestFirst) {
  auto options = with("lexrank", budget::sentences(3));
  options.order = newslib::summary_order::score;
  const auto s = newslib::summarize(article(), options);
  ASSERT_EQ(s.selected.size(), 3u);
  EXPECT_LT(s.selected[0].rank, s.selected[1].rank);
  EXPECT_LT(s.selected[1].rank, s.selected[2].rank);
  // Same sentences as in document order.
  options.order = newslib::summary_order::document;
  const auto d = newslib::summarize(article(), options);
  std::set<std::size_t> a, b;
  for (const auto& e : s.selected) a.insert(e.index);
  for (const auto& e : d.selected) b.insert(e.index);
  EXPECT_EQ(a, b);
}

TEST(Summarize, LeadWithoutRedundancyIsTheFirstSentences) {
  const auto s = newslib::summarize(article(), with("lead", budget::sentences(3)));
  ASSERT_EQ(s.selected.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(s.selected[i].index, i);
  EXPECT_EQ(*s.options.redundancy, 0.0);
}

TEST(Summarize, ASentenceEndingInAColonIsScoredButNeverSelected) {
  const document doc(
      "The council set out three rules for the new harbour on Tuesday:\n\n"
      "Boats must keep to the marked channel. Fishing crews may moor at the east wall. "
      "Visitors pay a daily fee.");
  ASSERT_EQ(doc.sentences().size(), 4u);
  for (double redundancy : {0.0, 0.3}) {
    summary_options options = with("lead", budget::sentences(2));
    options.redundancy = redundancy;
    const auto s = newslib::summarize(doc, options);
    ASSERT_EQ(s.selected.size(), 2u);
    EXPECT_EQ(s.selected[0].index, 1u) << redundancy;
    EXPECT_EQ(s.selected[1].index, 2u) << redundancy;
    EXPECT_EQ(s.ranks[0], 1u);  // still the lead's best-scored sentence
  }
}

TEST(Summarize, BudgetsAreNeverExceeded) {
  const std::size_t n = article().sentences().size();
  const newslib::detail::sentence_vectors vectors(article());
  for (const auto& name : newslib::algorithms()) {
    SCOPED_TRACE(name);
    EXPECT_EQ(newslib::summarize(article(), with(name, budget::sentences(1))).selected.size(), 1u);
    EXPECT_EQ(newslib::summarize(article(), with(name, budget::sentences(100))).selected.size(), n);
    EXPECT_EQ(newslib::summarize(article(), with(name, budget::ratio(0.5))).selected.size(),
              (n + 1) / 2);
    for (std::size_t words : {5, 20, 40, 80}) {
      const auto s = newslib::summarize(article(), with(name, budget::words(words)));
      std::size_t used = 0;
      for (const auto& e : s.selected) used += vectors.word_count(e.index);
      EXPECT_LE(used, words);
      if (words >= 40) {
        EXPECT_FALSE(s.selected.empty());
      }
    }
    for (std::size_t chars : {10, 100, 250, 600}) {
      const auto s = newslib::summarize(article(), with(name, budget::chars(chars)));
      EXPECT_LE(code_points(s.text), chars);
      if (chars >= 250) {
        EXPECT_FALSE(s.selected.empty());
      }
    }
  }
}

TEST(Summarize, RedundancyDropsTheRestatedSentence) {
  // Sentence 3 restates sentence 0 ("new sea wall along the harbour ... homes
  // ... flooded ... storms"); with redundancy control they never appear together.
  for (const char* name : {"lexrank", "textrank", "centroid", "luhn", "lsa"}) {
    SCOPED_TRACE(name);
    auto options = with(name, budget::sentences(3));
    options.redundancy = 0.5;
    const auto s = newslib::summarize(article(), options);
    std::set<std::size_t> chosen;
    for (const auto& e : s.selected) chosen.insert(e.index);
    EXPECT_FALSE(chosen.count(0) && chosen.count(3));
  }
}

TEST(Summarize, BadOptionsNameTheArgument) {
  const auto& doc = article();
  expect_invalid([&] { (void)newslib::summarize(doc, with("nonsense", budget::sentences(3))); },
                 "algorithm", "lexrank-threshold");
  expect_invalid([&] { (void)newslib::score_sentences(doc, "Lead"); }, "algorithm", "lead");
  expect_invalid([&] { (void)newslib::summarize(doc, with("lead", budget::sentences(0))); },
                 "sentences", "at least 1");
  const budget fractional{budget::unit::sentences, 2.5};
  expect_invalid([&] { (void)newslib::summarize(doc, with("lead", fractional)); }, "sentences",
                 "2.5");
  expect_invalid([&] { (void)newslib::summarize(doc, with("lead", budget::words(0))); }, "words",
                 "at least 1");
  expect_invalid([&] { (void)newslib::summarize(doc, with("lead", budget::chars(0))); }, "chars",
                 "at least 1");
  for (double r : {0.0, -0.5, 1.5, std::numeric_limits<double>::quiet_NaN(),
                   std::numeric_limits<double>::infinity()}) {
    expect_invalid([&] { (void)newslib::summarize(doc, with("lead", budget::ratio(r))); }, "ratio",
                   "(0, 1]");
  }
  for (double r : {-0.1, 1.01, std::numeric_limits<double>::quiet_NaN()}) {
    auto options = with("lead", budget::sentences(3));
    options.redundancy = r;
    expect_invalid([&] { (void)newslib::summarize(doc, options); }, "redundancy", "[0, 1]");
  }
  // An empty document does not excuse bad options.
  expect_invalid([&] { (void)newslib::summarize(document(), with("lead", budget::sentences(0))); },
                 "sentences", "at least 1");
}

TEST(Summarize, EmptyDocumentGivesAnEmptySummary) {
  for (const document& doc : {document(), document(""), document("   \n\n  ")}) {
    const auto s = newslib::summarize(doc, with("textrank", budget::sentences(3)));
    EXPECT_TRUE(s.selected.empty());
    EXPECT_TRUE(s.scores.empty());
    EXPECT_TRUE(s.ranks.empty());
    EXPECT_TRUE(s.text.empty());
    EXPECT_EQ(s.algorithm, "textrank");
    EXPECT_TRUE(newslib::score_sentences(doc, "lsa").empty());
  }
}

TEST(Summarize, OneSentenceDocument) {
  const document doc("Only one thing happened today in the quiet village.");
  for (const auto& name : newslib::algorithms()) {
    SCOPED_TRACE(name);
    const auto s = newslib::summarize(doc, with(name, budget::sentences(3)));
    ASSERT_EQ(s.selected.size(), 1u);
    EXPECT_EQ(s.selected[0].rank, 1u);
    EXPECT_TRUE(std::isfinite(s.scores[0]));
  }
}

TEST(Summarize, SameResultOnEveryThread) {
  for (const auto& name : newslib::algorithms()) {
    SCOPED_TRACE(name);
    auto options = with(name, budget::words(60));
    const auto expected = newslib::summarize(article(), options);
    std::array<newslib::summary, 4> results;
    std::vector<std::thread> threads;
    for (auto& result : results) {
      threads.emplace_back(
          [&result, &options] { result = newslib::summarize(article(), options); });
    }
    for (auto& t : threads) t.join();
    for (const auto& r : results) {
      EXPECT_EQ(r.text, expected.text);
      EXPECT_EQ(r.scores, expected.scores);
      EXPECT_EQ(r.ranks, expected.ranks);
    }
  }
}

// The article newslib was first asked to handle repeats itself heavily; no
// algorithm with its default redundancy control may pick two sentences that
// say the same thing.
TEST(Summarize, SharedDataSeedArticleSummaryHasNoNearDuplicates) {
  const std::string path = shared_data::path("seed_article.txt");
  NEWSLIB_NEEDS_SHARED_DATA(path);
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const document doc(buffer.str());
  ASSERT_GE(doc.sentences().size(), 10u);
  const newslib::detail::sentence_vectors vectors(doc);
  for (const auto& name : newslib::algorithms()) {
    if (name == "lead") continue;  // position only, by definition
    SCOPED_TRACE(name);
    const auto s = newslib::summarize(doc, with(name, budget::sentences(3)));
    ASSERT_EQ(s.selected.size(), 3u);
    for (std::size_t a = 0; a < 3; ++a) {
      for (std::size_t b = a + 1; b < 3; ++b) {
        const std::size_t i = s.selected[a].index;
        const std::size_t j = s.selected[b].index;
        EXPECT_LE(vectors.cosine(i, j), 0.5)
            << doc.sentence_text(i) << "\n" << doc.sentence_text(j);
        std::set<std::array<std::uint32_t, 3>> grams;
        const auto& ti = vectors.content_terms(i);
        const auto& tj = vectors.content_terms(j);
        for (std::size_t k = 0; k + 2 < ti.size(); ++k) grams.insert({ti[k], ti[k + 1], ti[k + 2]});
        for (std::size_t k = 0; k + 2 < tj.size(); ++k) {
          EXPECT_EQ(grams.count({tj[k], tj[k + 1], tj[k + 2]}), 0u)
              << doc.sentence_text(i) << "\n" << doc.sentence_text(j);
        }
      }
    }
  }
}

}  // namespace
