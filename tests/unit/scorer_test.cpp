// The summariser's scorers, term vectors and selection, on hand-made sentences
// whose right answers are known.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "summarize/scorer.hpp"
#include "summarize/selector.hpp"
#include "summarize/sentence_graph.hpp"
#include "summarize/sentence_vectors.hpp"

namespace {

using newslib::detail::sentence_vectors;

// Words are split at spaces, lowercased and stripped of . , ; a small list of
// stopwords marks function words; a word's stem is the word without a final
// "s", so "rates" and "rate" are one term.
sentence_vectors make_vectors(const std::vector<std::string>& sentences) {
  static const std::set<std::string> stopwords = {"the", "a", "an", "of", "and", "to", "in",
                                                  "is", "on", "was", "it", "for", "with", "at",
                                                  "by", "that", "this", "as", "be", "are"};
  std::map<std::string, std::uint32_t> ids;
  std::vector<sentence_vectors::sentence_words> input;
  for (const auto& text : sentences) {
    sentence_vectors::sentence_words out;
    out.char_count = text.size();  // ASCII only here
    std::istringstream in(text);
    std::string w;
    while (in >> w) {
      std::string key;
      for (char c : w) {
        if (c == '.' || c == ',' || c == ';') continue;
        key += char(std::tolower(static_cast<unsigned char>(c)));
      }
      if (key.empty()) continue;
      ++out.word_count;
      const bool stop = stopwords.count(key) != 0;
      if (key.size() > 3 && key.back() == 's') key.pop_back();
      auto it = ids.emplace(key, std::uint32_t(ids.size())).first;
      out.words.push_back({it->second, stop});
    }
    input.push_back(std::move(out));
  }
  return sentence_vectors(input);
}

const newslib::document& no_document() {
  static const newslib::document doc;
  return doc;
}

std::vector<double> run(const char* algorithm, const sentence_vectors& v) {
  const auto* info = newslib::detail::find_scorer(algorithm);
  EXPECT_NE(info, nullptr) << algorithm;
  if (info == nullptr) return {};
  static const std::vector<char> every_sentence;  // empty: all may be selected
  return info->score(newslib::detail::scorer_context{no_document(), v, every_sentence});
}

std::size_t best(const std::vector<double>& scores) {
  return std::size_t(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

// The classic scorers (the learned default needs a parsed document and is
// tested with the summariser).
const std::vector<const char*>& classic() {
  static const std::vector<const char*> names = {
      "lead",          "luhn",     "lsa",   "lexrank",  "lexrank-threshold", "textrank",
      "textrank-bm25", "sumbasic", "klsum", "centroid", "pacsum"};
  return names;
}

// A small article on one topic: sentence 2 is the one that mentions every
// strand (council, budget, school, road, tax), the others each follow one or two.
const std::vector<std::string>& article() {
  static const std::vector<std::string> sentences = {
      "Residents gathered at the town hall on Monday evening.",
      "The council approved a budget that raises school funding, repairs the road and cuts the "
      "property tax.",
      "School funding will rise by four percent next year.",
      "The road repairs begin in spring, the council said.",
      "Property tax bills fall for most households under the budget.",
      "The council budget passed by seven votes to two.",
      "A choir performed before the meeting.",
  };
  return sentences;
}

// ---------------------------------------------------------------------------
// Term vectors

TEST(SentenceVectors, CountsContentTermsByStemAndSkipsStopwords) {
  const auto v = make_vectors({"The rates rose and rates fell.", "A rate of the day."});
  ASSERT_EQ(v.sentence_count(), 2u);
  // rate, rose, fell, day
  EXPECT_EQ(v.term_count(), 4u);
  EXPECT_EQ(v.content_terms(0).size(), 4u);  // rate rose rate fell
  EXPECT_EQ(v.words(0).size(), 6u);          // stopwords kept as no_term
  EXPECT_EQ(v.words(0)[0], sentence_vectors::no_term);
  EXPECT_EQ(v.term_frequency(0), 3u);
  EXPECT_EQ(v.document_frequency(0), 2u);
  EXPECT_EQ(v.word_count(0), 6u);
  ASSERT_EQ(v.counts(0).size(), 3u);
  EXPECT_EQ(v.counts(0)[0].term, 0u);
  EXPECT_DOUBLE_EQ(v.counts(0)[0].weight, 2.0);
}

TEST(SentenceVectors, DenseIdsFollowFirstOccurrenceWhateverTheStemIds) {
  // The same sentences with small stem ids and with ids spread over the whole
  // 32-bit range give the same dense terms, built one after the other on one
  // thread (whose table of stem ids is emptied between them).
  std::mt19937 random(7);
  for (int round = 0; round < 50; ++round) {
    std::vector<sentence_vectors::sentence_words> small(1 + random() % 20), spread;
    for (auto& sentence : small) {
      const std::size_t words = random() % 30;
      for (std::size_t i = 0; i < words; ++i) {
        sentence.words.push_back({static_cast<std::uint32_t>(random() % 200), random() % 4 == 0});
      }
      sentence.word_count = words;
    }
    spread = small;
    for (auto& sentence : spread) {
      for (auto& w : sentence.words) w.stem = w.stem * 2654435761u + 0x80000000u;
    }
    const sentence_vectors a(small), b(spread);
    ASSERT_EQ(a.term_count(), b.term_count());
    std::vector<std::uint32_t> first_seen;
    for (const auto& sentence : small) {
      for (const auto& w : sentence.words) {
        if (!w.stopword && std::find(first_seen.begin(), first_seen.end(), w.stem) == first_seen.end()) {
          first_seen.push_back(w.stem);
        }
      }
    }
    ASSERT_EQ(a.term_count(), first_seen.size());
    for (std::uint32_t t = 0; t < a.term_count(); ++t) {
      EXPECT_EQ(a.stem_id(t), first_seen[t]);
      EXPECT_EQ(b.stem_id(t), first_seen[t] * 2654435761u + 0x80000000u);
    }
    for (std::size_t s = 0; s < small.size(); ++s) {
      const auto x = a.words(s), y = b.words(s);
      EXPECT_TRUE(std::equal(x.begin(), x.end(), y.begin(), y.end()));
    }
  }
}

TEST(SentenceVectors, SmoothedIdfIsPositiveEverywhere) {
  const auto v = make_vectors({"rain today", "rain tomorrow", "rain"});
  // "rain" occurs in every sentence: ln(4/4) + 1 = 1; "today": ln(4/2) + 1.
  EXPECT_DOUBLE_EQ(v.idf(0), 1.0);
  EXPECT_DOUBLE_EQ(v.idf(1), std::log(2.0) + 1.0);
  const auto one = make_vectors({"single sentence"});
  EXPECT_GT(one.idf(0), 0.0);
}

TEST(SentenceVectors, CosineOfIdenticalAndDisjointSentences) {
  const auto v = make_vectors({"storm hits coast", "storm hits coast", "markets rally", "the of"});
  EXPECT_NEAR(v.cosine(0, 1), 1.0, 1e-12);
  EXPECT_EQ(v.cosine(0, 2), 0.0);
  EXPECT_EQ(v.cosine(0, 3), 0.0);  // no content terms
  EXPECT_EQ(v.cosine(3, 3), 0.0);
}

TEST(SentenceVectors, Bm25MatchesTheFormula) {
  const auto v = make_vectors({"cat sat", "cat ran far", "dog sat", "bird flew"});
  const newslib::detail::bm25_similarity bm25(v);
  // cat: df 2 of 4 -> ln(2.5) - ln(2.5) = 0, a negative-free floor does not apply.
  // sat: df 2 -> 0 too. ran/far/dog/bird/flew: df 1 -> ln(3.5/1.5).
  EXPECT_NEAR(bm25.idf(0), 0.0, 1e-12);
  const double rare = std::log(3.5) - std::log(1.5);
  EXPECT_NEAR(bm25.idf(2), rare, 1e-12);
  // Query "cat ran far" against itself: |d| = 3, avgdl = 9/4.
  const double k = 1.2 * (1 - 0.75 + 0.75 * 3 / 2.25);
  const double expected = 2 * rare * 1 * 2.2 / (1 + k);  // ran and far; cat adds 0
  EXPECT_NEAR(bm25(1, 1), expected, 1e-12);
  EXPECT_EQ(bm25(3, 0), 0.0);
}

TEST(SentenceVectors, Bm25FloorsNegativeIdf) {
  // "news" is in 3 of 4 sentences: ln(1.5) - ln(3.5) < 0 -> 0.25 x average idf.
  const auto v = make_vectors({"news alpha", "news beta", "news gamma", "delta"});
  const newslib::detail::bm25_similarity bm25(v);
  const double negative = std::log(1.5) - std::log(3.5);
  const double rare = std::log(3.5) - std::log(1.5);
  const double average = (negative + 4 * rare) / 5;
  EXPECT_NEAR(bm25.idf(0), 0.25 * average, 1e-12);
}

// ---------------------------------------------------------------------------
// Totality and determinism for every scorer

TEST(Scorers, EveryClassicScorerIsRegisteredAndTotal) {
  const sentence_vectors empty = make_vectors({});
  const sentence_vectors one = make_vectors({"Only one sentence here."});
  const sentence_vectors stop = make_vectors({"The of and.", "It is.", "A to the."});
  const sentence_vectors mixed = make_vectors({"The of and.", "Rain falls.", "It is.", "Rain."});
  for (const char* name : classic()) {
    SCOPED_TRACE(name);
    EXPECT_TRUE(run(name, empty).empty());
    const auto s1 = run(name, one);
    ASSERT_EQ(s1.size(), 1u);
    EXPECT_TRUE(std::isfinite(s1[0]));
    for (const auto* v : {&stop, &mixed}) {
      const auto s = run(name, *v);
      ASSERT_EQ(s.size(), v->sentence_count());
      for (double x : s) EXPECT_TRUE(std::isfinite(x));
    }
  }
}

TEST(Scorers, DeterministicAcrossRuns) {
  const auto v = make_vectors(article());
  for (const char* name : classic()) {
    SCOPED_TRACE(name);
    const auto first = run(name, v);
    for (int i = 0; i < 3; ++i) EXPECT_EQ(run(name, v), first);
  }
}

TEST(Scorers, CentralSentenceWinsForCentralityMethods) {
  const auto v = make_vectors(article());
  for (const char* name : {"lexrank", "lexrank-threshold", "textrank", "textrank-bm25", "centroid",
                           "luhn", "klsum", "sumbasic", "pacsum"}) {
    SCOPED_TRACE(name);
    EXPECT_EQ(best(run(name, v)), 1u);
  }
}

TEST(Scorers, IsolatedSentencesRankLowForGraphMethods) {
  // The choir sentence (6) and the opening one (0) share no content term with
  // any other sentence: without self-loops they only receive the random jump.
  const auto v = make_vectors(article());
  for (const char* name : {"textrank", "textrank-bm25"}) {
    SCOPED_TRACE(name);
    const auto s = run(name, v);
    const double lowest = *std::min_element(s.begin(), s.end());
    EXPECT_DOUBLE_EQ(s[6], lowest);
    EXPECT_DOUBLE_EQ(s[0], lowest);
  }
  // LexRank keeps each sentence's similarity to itself (1), so an isolated
  // sentence keeps exactly the uniform share 1/n.
  const auto s = run("lexrank", v);
  EXPECT_NEAR(s[6], 1.0 / 7, 1e-9);
}

TEST(Scorers, LongDocumentsFinishWithFiniteScores) {
  // 10,000 sentences over a few hundred words: the graph scorers use their
  // banded path, LSA its iterative solver, KLSum its greedy limit.
  std::vector<std::string> sentences;
  const char* words[] = {"market", "price", "storm", "rain", "vote", "court", "team", "goal",
                         "bank", "rate", "city", "road", "school", "fund", "tax", "oil"};
  for (int i = 0; i < 10000; ++i) {
    std::string s;
    for (int k = 0; k < 8; ++k) {
      s += words[(i * 7 + k * k * 3 + i / 13) % 16];
      s += std::to_string((i + k * 31) % 40);
      s += ' ';
    }
    sentences.push_back(s);
  }
  const auto v = make_vectors(sentences);
  for (const char* name : classic()) {
    SCOPED_TRACE(name);
    const auto s = run(name, v);
    ASSERT_EQ(s.size(), sentences.size());
    for (double x : s) ASSERT_TRUE(std::isfinite(x));
  }
}

// ---------------------------------------------------------------------------
// Per-algorithm behaviour

TEST(Lead, FirstSentencesScoreHighest) {
  const auto s = run("lead", make_vectors({"a b", "c d", "e f", "g h"}));
  EXPECT_EQ(s, (std::vector<double>{1.0, 0.75, 0.5, 0.25}));
}

TEST(Luhn, ScoresTheBestClusterOfSignificantWords) {
  // alpha, beta, gamma occur twice (significant); the rest once.
  const auto v = make_vectors({"alpha beta one gamma", "alpha two three four five six beta",
                               "gamma", "seven eight"});
  const auto s = run("luhn", v);
  // Sentence 0: one cluster, 3 significant words spanning 4 -> 9/4.
  EXPECT_DOUBLE_EQ(s[0], 9.0 / 4.0);
  // Sentence 1: five insignificant words apart -> two clusters of one -> 1.
  EXPECT_DOUBLE_EQ(s[1], 1.0);
  EXPECT_DOUBLE_EQ(s[2], 1.0);
  EXPECT_DOUBLE_EQ(s[3], 0.0);
}

TEST(Luhn, GapOfFourKeepsOneCluster) {
  const auto v = make_vectors({"alpha one two three four beta", "alpha beta"});
  const auto s = run("luhn", v);
  EXPECT_DOUBLE_EQ(s[0], 4.0 / 6.0);  // 2 significant over a span of 6
  EXPECT_DOUBLE_EQ(s[1], 2.0);
}

TEST(Luhn, StopwordsCountAsWordsInTheGap) {
  const auto v = make_vectors({"alpha the of and to in beta", "alpha beta"});
  EXPECT_DOUBLE_EQ(run("luhn", v)[0], 1.0);  // 5 words apart: two clusters
}

TEST(Lsa, ExactAndIterativeSolversAgree) {
  std::vector<std::string> sentences;
  const char* words[] = {"market", "price", "storm", "rain", "vote", "court", "team", "goal",
                         "bank", "rate", "city", "road"};
  for (int i = 0; i < 80; ++i) {
    std::string s;
    for (int k = 0; k < 6; ++k) s += std::string(words[(i * 5 + k * k + i / 7) % 12]) + " ";
    s += "unique" + std::to_string(i);
    sentences.push_back(s);
  }
  const auto v = make_vectors(sentences);
  const auto exact = newslib::detail::lsa_scores(v, 1000);
  const auto iterative = newslib::detail::lsa_scores(v, 0);
  ASSERT_EQ(exact.size(), iterative.size());
  for (std::size_t i = 0; i < exact.size(); ++i) EXPECT_NEAR(exact[i], iterative[i], 1e-5) << i;
}

TEST(LexRank, IdenticalSentencesScoreTheSame) {
  const auto s =
      run("lexrank", make_vectors({"storm hits coast", "markets fall", "storm hits coast"}));
  EXPECT_NEAR(s[0], s[2], 1e-12);
  double total = 0;
  for (double x : s) total += x;
  EXPECT_NEAR(total, 1.0, 1e-9);
}

TEST(LexRank, ThresholdVariantIgnoresWeakEdges) {
  // Sentence 0 is weakly linked to 1 (one shared common word among many);
  // with the threshold the weak link vanishes and 1 and 2 stay symmetric.
  std::string many;
  for (int i = 0; i < 30; ++i) many += "word" + std::to_string(i) + " ";
  const auto v = make_vectors({many + "kappa", "kappa lambda mu", "lambda mu"});
  const auto continuous = run("lexrank", v);
  const auto thresholded = run("lexrank-threshold", v);
  EXPECT_EQ(thresholded.size(), 3u);
  EXPECT_GT(continuous[1], continuous[2]);
  EXPECT_LE(v.cosine(0, 1), 0.1);
  EXPECT_NEAR(thresholded[1], thresholded[2], 1e-12);
}

TEST(TextRank, HubOfAStarWins) {
  // The hub shares one word with each leaf; leaves share nothing.
  const auto v = make_vectors({"red green blue", "red apple pie", "green grass field",
                               "blue sky line"});
  const auto s = run("textrank", v);
  EXPECT_EQ(best(s), 0u);
  EXPECT_NEAR(s[1], s[2], 1e-12);
  EXPECT_NEAR(s[2], s[3], 1e-12);
  const auto b = run("textrank-bm25", v);
  EXPECT_EQ(best(b), 0u);
}

TEST(TextRank, OneWordSentencesHaveNoEdges) {
  // log 1 + log 1 = 0: the similarity is 0 by definition, so all score alike.
  const auto s = run("textrank", make_vectors({"storm", "storm", "storm"}));
  EXPECT_NEAR(s[0], s[1], 1e-15);
  EXPECT_NEAR(s[1], s[2], 1e-15);
}

TEST(SumBasic, PicksByWordProbabilityThenDiscountsCoveredWords) {
  // 11 content tokens: p(storm) = 4/11, p(coast) = 2/11, the others 1/11.
  // 1. Most probable word storm; heaviest storm sentence by average p: "storm"
  //    alone (4/11). storm -> 16/121.
  // 2. Most probable word now coast (2/11): "storm coast" (avg .157) beats
  //    "coast road" (.136). storm and coast are squared again.
  // 3. power, outage, school, closure, road tie at 1/11: the earliest word,
  //    power, picks sentence 0; 4. school picks sentence 2; 5. sentence 3.
  const auto v = make_vectors({"storm power outage", "storm coast", "storm school closure",
                               "coast road", "storm"});
  EXPECT_EQ(run("sumbasic", v), (std::vector<double>{0.6, 0.8, 0.4, 0.2, 1.0}));
}

TEST(KlSum, FirstPickMatchesTheDocumentDistribution) {
  const auto v = make_vectors({"election vote count", "weather sunny", "election vote result",
                               "election vote turnout count", "sport"});
  const auto s = run("klsum", v);
  // "election vote count" carries the three most probable words and nothing
  // else; the longer sentence 3 adds "turnout", which dilutes the match.
  EXPECT_EQ(best(s), 0u);
  std::vector<double> sorted = s;
  std::sort(sorted.begin(), sorted.end());
  for (std::size_t i = 0; i < sorted.size(); ++i) EXPECT_DOUBLE_EQ(sorted[i], double(i + 1) / 5.0);
}

TEST(Centroid, AddsMeadPositionToTheCentroidCosine) {
  const auto v = make_vectors({"weather today", "flood flood river", "flood river warning",
                               "weather"});
  const auto s = run("centroid", v);
  // Position alone would favour sentence 0; centrality favours the flood ones.
  EXPECT_GT(s[1], s[3]);
  EXPECT_GT(s[2], s[3]);
  EXPECT_GT(s[0], s[3]);  // same centroid cosine as 3 or better, earlier position
}

TEST(PacSum, EdgesToLaterSentencesBeatEdgesToEarlierOnes) {
  // Sentences 0 and 3 say nearly the same; 0 comes first, so it gains
  // lambda2 * e while 3 loses |lambda1| * e.
  // (Terms in half of the sentences have a BM25 idf of 0, hence the fillers.)
  const auto v = make_vectors({"factory closes jobs lost", "weather mild", "match drawn",
                               "factory closes jobs lost town", "train late", "shop opens",
                               "river high", "choir sings"});
  const auto s = run("pacsum", v);
  EXPECT_GT(s[0], 0.0);
  EXPECT_LT(s[3], 0.0);
  EXPECT_EQ(s[1], 0.0);
  EXPECT_EQ(best(s), 0u);
}

// ---------------------------------------------------------------------------
// PageRank and the banded graph

TEST(PageRank, UniformOnASymmetricCycle) {
  newslib::detail::weighted_graph g;
  g.edges = {{{1, 1.0}}, {{2, 1.0}}, {{0, 1.0}}};
  const auto r = newslib::detail::pagerank(g);
  for (double x : r) EXPECT_NEAR(x, 1.0 / 3, 1e-12);
}

TEST(PageRank, DanglingNodesJumpUniformly) {
  newslib::detail::weighted_graph g;
  g.edges = {{{1, 1.0}}, {}};  // 0 -> 1, 1 has no edges
  const auto r = newslib::detail::pagerank(g);
  // r1 = 0.15/2 + 0.85 (r0 + r1 / 2), r0 = 0.15/2 + 0.85 r1 / 2
  EXPECT_NEAR(r[0] + r[1], 1.0, 1e-12);
  EXPECT_NEAR(r[0], 0.075 + 0.425 * r[1], 1e-9);
  EXPECT_GT(r[1], r[0]);
}

TEST(SentenceGraph, BandedAboveTheWindow) {
  using newslib::detail::graph_window;
  using newslib::detail::neighbours;
  EXPECT_EQ(neighbours(5, 10).first, 0u);
  EXPECT_EQ(neighbours(5, 10).last, 10u);
  const std::size_t n = graph_window * 3;
  const auto r = neighbours(graph_window, n);
  EXPECT_EQ(r.first, graph_window / 2);
  EXPECT_EQ(r.last, graph_window + graph_window / 2 + 1);
}

// ---------------------------------------------------------------------------
// Selection

using newslib::budget;
using newslib::detail::rank_scores;
using newslib::detail::select_sentences;

TEST(Selector, ScoreOrderWithoutRedundancyTiesToEarlier) {
  const auto v = make_vectors({"a1 b1", "a2 b2", "a3 b3", "a4 b4"});
  const std::vector<double> scores = {0.5, 0.9, 0.9, 0.1};
  EXPECT_EQ(select_sentences(v, scores, budget::sentences(3), 0.0),
            (std::vector<std::size_t>{1, 2, 0}));
  EXPECT_EQ(rank_scores(scores), (std::vector<std::size_t>{3, 1, 2, 4}));
}

TEST(Selector, SentencesThatAreNotCandidatesAreNeverChosen) {
  const auto v = make_vectors({"a1 b1", "a2 b2", "a3 b3", "a4 b4"});
  const std::vector<double> scores = {0.5, 0.9, 0.8, 0.1};
  const std::vector<char> candidates = {1, 0, 1, 1};
  for (double redundancy : {0.0, 0.5}) {
    EXPECT_EQ(select_sentences(v, scores, budget::sentences(2), redundancy, candidates),
              (std::vector<std::size_t>{2, 0}))
        << redundancy;
    // Fewer candidates than the budget: the summary is shorter, not padded.
    EXPECT_EQ(select_sentences(v, scores, budget::sentences(4), redundancy, {0, 0, 1, 0}),
              (std::vector<std::size_t>{2}))
        << redundancy;
  }
}

TEST(Selector, RatioRoundsUpAndTakesAtLeastOne) {
  using newslib::detail::sentence_limit;
  EXPECT_EQ(sentence_limit(budget::ratio(0.3), 10), 3u);
  EXPECT_EQ(sentence_limit(budget::ratio(0.25), 10), 3u);
  EXPECT_EQ(sentence_limit(budget::ratio(0.01), 10), 1u);
  EXPECT_EQ(sentence_limit(budget::ratio(1.0), 10), 10u);
  EXPECT_EQ(sentence_limit(budget::sentences(50), 10), 10u);
}

TEST(Selector, WordBudgetSkipsSentencesThatDoNotFit) {
  const auto v = make_vectors({"one two three four five six", "seven eight", "nine ten eleven",
                               "twelve"});
  const std::vector<double> scores = {1.0, 0.8, 0.6, 0.4};
  // 5 words: the 6-word best sentence cannot fit; 2 + 3 = 5 do.
  EXPECT_EQ(select_sentences(v, scores, budget::words(5), 0.0), (std::vector<std::size_t>{1, 2}));
  EXPECT_EQ(select_sentences(v, scores, budget::words(5), 0.5), (std::vector<std::size_t>{1, 2}));
  EXPECT_TRUE(select_sentences(v, {1.0, 1.0, 1.0, 1.0}, budget::words(1), 0.0) ==
              (std::vector<std::size_t>{3}));
}

TEST(Selector, CharBudgetCountsSeparators) {
  const auto v = make_vectors({"abcd", "efgh", "ij"});  // 4, 4, 2 characters
  const std::vector<double> scores = {3, 2, 1};
  // "abcd\nefgh" is 9 code points.
  EXPECT_EQ(select_sentences(v, scores, budget::chars(9), 0.0), (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(select_sentences(v, scores, budget::chars(8), 0.0), (std::vector<std::size_t>{0, 2}));
  EXPECT_EQ(select_sentences(v, scores, budget::chars(3), 0.0), (std::vector<std::size_t>{2}));
  EXPECT_TRUE(select_sentences(v, scores, budget::chars(1), 0.0).empty());
}

TEST(Selector, MmrSkipsTheDuplicate) {
  const auto v = make_vectors({"storm floods coastal town", "storm floods coastal town again",
                               "mayor promises repairs", "schools close for week"});
  const std::vector<double> scores = {1.0, 0.95, 0.5, 0.4};
  EXPECT_EQ(select_sentences(v, scores, budget::sentences(2), 0.0),
            (std::vector<std::size_t>{0, 1}));
  const auto chosen = select_sentences(v, scores, budget::sentences(2), 0.3);
  EXPECT_EQ(chosen, (std::vector<std::size_t>{0, 2}));
}

TEST(Selector, TrigramBlockingAndFallback) {
  // Sentence 1 shares the content trigram "storm flood coast" with 0 but has
  // low cosine overall; blocking passes it over until nothing else fits.
  const auto v = make_vectors({"storm flood coast", "storm flood coast a1 a2 a3 a4 a5 a6 a7 a8",
                               "mayor repair"});
  const std::vector<double> scores = {1.0, 0.99, 0.1};
  EXPECT_EQ(select_sentences(v, scores, budget::sentences(2), 0.01),
            (std::vector<std::size_t>{0, 2}));
  EXPECT_EQ(select_sentences(v, scores, budget::sentences(3), 0.01),
            (std::vector<std::size_t>{0, 2, 1}));
}

TEST(Selector, MmrTiesGoToTheEarlierSentence) {
  const auto v = make_vectors({"x1 y1", "x2 y2", "x3 y3"});
  EXPECT_EQ(select_sentences(v, {0.5, 0.5, 0.5}, budget::sentences(2), 0.5),
            (std::vector<std::size_t>{0, 1}));
}

TEST(Selector, EmptyInputSelectsNothing) {
  const auto v = make_vectors({});
  EXPECT_TRUE(select_sentences(v, {}, budget::sentences(3), 0.3).empty());
  EXPECT_TRUE(rank_scores({}).empty());
}

}  // namespace
