// Sentence features of the learned scorer on small hand-made documents.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "newslib/document.hpp"
#include "summarize/features.hpp"
#include "summarize/sentence_vectors.hpp"

namespace {

using newslib::detail::compute_sentence_features;
using newslib::detail::feature_matrix;
using newslib::detail::sentence_feature_names;
using newslib::detail::sentence_vectors;

std::size_t column(const std::string& name) {
  const auto& names = sentence_feature_names();
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return i;
  }
  ADD_FAILURE() << "no feature " << name;
  return 0;
}

struct parsed {
  newslib::document doc;
  sentence_vectors vectors;
  feature_matrix features;

  explicit parsed(const std::string& text, bool metadata = true)
      : doc(text, options(metadata)),
        vectors(doc),
        features(compute_sentence_features(doc, vectors)) {}

  static newslib::parse_options options(bool metadata) {
    newslib::parse_options o;
    o.language = "en";
    o.metadata = metadata;
    return o;
  }
  double at(std::size_t s, const std::string& name) const { return features.at(s, column(name)); }
};

const char* const bridge =
    "The council approved the new bridge on Tuesday. The new bridge will cost 12 million "
    "pounds. Work on the bridge starts in May. Residents welcomed the decision.";

const char* const storm =
    "Storm Ava closes schools across the north\n\n"
    "Storm Ava brought heavy rain to northern towns on Monday. Schools across the north "
    "closed early as the storm grew. \"We had no choice,\" said one head teacher. Will the "
    "storm return next week? Forecasters expect 40 mm of rain by Friday.";

TEST(LearnedFeatures, NamesAreUniqueAndMatchTheColumns) {
  const auto& names = sentence_feature_names();
  for (std::size_t i = 0; i < names.size(); ++i) {
    for (std::size_t j = i + 1; j < names.size(); ++j) EXPECT_NE(names[i], names[j]);
  }
  const parsed p(bridge);
  EXPECT_EQ(p.features.columns, names.size());
  EXPECT_EQ(p.features.rows, 4u);
  EXPECT_EQ(p.features.values.size(), 4 * names.size());
}

TEST(LearnedFeatures, PositionAndLength) {
  const parsed p(bridge);
  ASSERT_EQ(p.doc.sentences().size(), 4u);
  for (std::size_t s = 0; s < 4; ++s) {
    EXPECT_DOUBLE_EQ(p.at(s, "position"), double(s));
    EXPECT_DOUBLE_EQ(p.at(s, "relative_position"), double(s) / 4);
    EXPECT_DOUBLE_EQ(p.at(s, "sentence_count"), 4);
  }
  // "The new bridge will cost 12 million pounds.": 8 words, of which "the"
  // and "will" are stopwords.
  EXPECT_DOUBLE_EQ(p.at(1, "words"), 8);
  EXPECT_DOUBLE_EQ(p.at(1, "content_terms"), 6);
  EXPECT_DOUBLE_EQ(p.at(1, "stopword_ratio"), 0.25);
  EXPECT_DOUBLE_EQ(p.at(1, "numbers"), 1);
  EXPECT_DOUBLE_EQ(p.at(0, "numbers"), 0);
  // Mean length is (8 + 8 + 7 + 4) / 4 words.
  EXPECT_DOUBLE_EQ(p.at(3, "relative_length"), 4 / (27.0 / 4));
}

TEST(LearnedFeatures, SimilaritiesAgreeWithTheVectors) {
  const parsed p(bridge);
  const std::size_t n = p.doc.sentences().size();
  EXPECT_DOUBLE_EQ(p.at(0, "first_sentence_similarity"), 1);
  EXPECT_DOUBLE_EQ(p.at(0, "previous_similarity"), 0);
  EXPECT_DOUBLE_EQ(p.at(n - 1, "next_similarity"), 0);
  for (std::size_t s = 0; s < n; ++s) {
    double forward = 0, backward = 0, best = 0;
    for (std::size_t o = 0; o < n; ++o) {
      if (o == s) continue;
      const double c = p.vectors.cosine(s, o);
      (o < s ? backward : forward) += c;
      best = std::max(best, c);
    }
    EXPECT_NEAR(p.at(s, "forward_similarity"), forward / double(n - 1), 1e-12);
    EXPECT_NEAR(p.at(s, "backward_similarity"), backward / double(n - 1), 1e-12);
    EXPECT_NEAR(p.at(s, "mean_similarity"), (forward + backward) / double(n - 1), 1e-12);
    EXPECT_DOUBLE_EQ(p.at(s, "max_similarity"), best);
    if (s > 0) {
      EXPECT_DOUBLE_EQ(p.at(s, "previous_similarity"), p.vectors.cosine(s, s - 1));
      EXPECT_DOUBLE_EQ(p.at(s, "first_sentence_similarity"), p.vectors.cosine(s, 0));
      EXPECT_DOUBLE_EQ(p.at(s - 1, "next_similarity"), p.at(s, "previous_similarity"));
    }
    EXPECT_GE(p.at(s, "centroid_similarity"), 0);
    EXPECT_LE(p.at(s, "centroid_similarity"), 1);
  }
  // "Residents welcomed the decision." shares no content word with the rest.
  EXPECT_DOUBLE_EQ(p.at(3, "mean_similarity"), 0);
  EXPECT_GT(p.at(0, "forward_similarity"), 0);
}

TEST(LearnedFeatures, RanksArePermutationsLargestFirst) {
  const parsed p(storm);
  const std::size_t n = p.doc.sentences().size();
  for (const char* name : {"centroid", "mean_similarity"}) {
    const std::string score = std::string(name) == "centroid" ? "centroid_similarity" : name;
    std::vector<bool> seen(n, false);
    for (std::size_t s = 0; s < n; ++s) {
      const double rank = p.at(s, std::string(name) + "_rank");
      ASSERT_GE(rank, 0);
      ASSERT_LT(rank, double(n));
      EXPECT_FALSE(seen[std::size_t(rank)]);
      seen[std::size_t(rank)] = true;
      EXPECT_DOUBLE_EQ(p.at(s, std::string(name) + "_rank_fraction"), rank / double(n));
      for (std::size_t o = 0; o < n; ++o) {
        if (p.at(o, score) > p.at(s, score)) {
          EXPECT_LT(p.at(o, std::string(name) + "_rank"), rank);
        }
      }
    }
  }
}

TEST(LearnedFeatures, QuotesAndQuestions) {
  const parsed p(storm);
  ASSERT_TRUE(p.doc.title().has_value());
  ASSERT_EQ(p.doc.sentences().size(), 5u);
  EXPECT_DOUBLE_EQ(p.at(2, "quotes"), 2);   // "We had no choice," said ...
  EXPECT_DOUBLE_EQ(p.at(0, "quotes"), 0);
  EXPECT_DOUBLE_EQ(p.at(3, "question"), 1);  // Will the storm return next week?
  EXPECT_DOUBLE_EQ(p.at(4, "question"), 0);
  EXPECT_DOUBLE_EQ(p.at(4, "numbers"), 1);
}

// The features see sentences, not layout or headline: the same sentences as one
// paragraph, one sentence per paragraph, hard-wrapped with CR LF line ends, or
// under a headline give the same numbers, so the learned summary cannot
// change with the layout an article arrives in.
TEST(LearnedFeatures, SameSentencesInAnyLayoutGiveTheSameFeatures) {
  const std::string body_sentences[] = {
      "Storm Ava brought heavy rain to northern towns on Monday.",
      "Schools across the north closed early as the storm grew.",
      "\"We had no choice,\" said one head teacher.",
      "Forecasters expect 40 mm of rain by Friday, and more next week."};
  std::string one_paragraph;
  std::string sentence_per_paragraph;
  for (const auto& s : body_sentences) {
    one_paragraph += (one_paragraph.empty() ? "" : " ") + s;
    sentence_per_paragraph += (sentence_per_paragraph.empty() ? "" : "\n\n") + s;
  }
  const std::string wrapped =
      "Storm Ava brought heavy rain to northern towns on Monday. Schools\r\n"
      "across the north closed early as the storm grew.\r\n\r\n"
      "\"We had no choice,\" said one head teacher. Forecasters expect 40 mm\r\n"
      "of rain by Friday, and more next week.";
  const std::string headlined = "Storm Ava closes schools across the north\n\n" + one_paragraph;

  const parsed reference(one_paragraph);
  ASSERT_EQ(reference.doc.sentences().size(), 4u);
  for (const std::string& text : {sentence_per_paragraph, wrapped, headlined}) {
    const parsed other(text);
    ASSERT_EQ(other.doc.sentences().size(), 4u) << text;
    EXPECT_EQ(other.features.values, reference.features.values) << text;
  }
}

TEST(LearnedFeatures, SentencesWithoutContentWordsAreFinite) {
  const parsed p("It was. The plan was approved by the city council today. So it is.");
  ASSERT_GE(p.features.rows, 2u);
  for (double v : p.features.values) EXPECT_TRUE(std::isfinite(v));
  EXPECT_DOUBLE_EQ(p.at(0, "content_terms"), 0);
  EXPECT_DOUBLE_EQ(p.at(0, "mean_idf"), 0);
  EXPECT_DOUBLE_EQ(p.at(0, "mean_similarity"), 0);
}

TEST(LearnedFeatures, EmptyDocumentHasNoRows) {
  const parsed p("");
  EXPECT_EQ(p.features.rows, 0u);
  EXPECT_TRUE(p.features.values.empty());
}

// A word no other sentence uses: consonants spelling out the number (no
// letters a stemmer would strip, so distinct words keep distinct stems).
std::string unique_word(std::size_t i) {
  static constexpr char letters[] = "bcdfghjkmnpqrtvwxz";
  std::string w = "zq";
  do {
    w += letters[i % 18];
    i /= 18;
  } while (i > 0);
  return w;
}

TEST(LearnedFeatures, PairwiseComparisonsStopAtTheWindow) {
  using newslib::detail::similarity_window;
  // The first and the last sentence are equal; every other sentence is unique.
  const std::size_t n = similarity_window + 10;
  std::string text = "Harbour cranes stopped.";
  for (std::size_t i = 1; i + 1 < n; ++i) {
    text += " Xx" + unique_word(i) + " " + unique_word(i + 5000) + ".";
  }
  text += " Harbour cranes stopped.";
  const parsed p(text, false);
  ASSERT_EQ(p.doc.sentences().size(), n);
  EXPECT_DOUBLE_EQ(p.vectors.cosine(0, n - 1), 1);
  EXPECT_DOUBLE_EQ(p.at(0, "forward_similarity"), 0);   // the twin is out of reach
  EXPECT_DOUBLE_EQ(p.at(0, "max_similarity"), 0);
  EXPECT_DOUBLE_EQ(p.at(0, "first_sentence_similarity"), 1);
  EXPECT_DOUBLE_EQ(p.at(n - 1, "first_sentence_similarity"), 1);  // not windowed
  EXPECT_DOUBLE_EQ(p.at(n - 1, "backward_similarity"), 0);
}

// The pairwise features are computed once per pair through an index of the
// terms; they must equal, bit for bit, sums of `sentence_vectors::cosine` over
// the window, on a document long enough that the window cuts in from both sides.
// `n` sentences of words drawn from a small list, each with a word of its own.
void expect_pairwise_features_equal_direct(std::size_t n) {
  using newslib::detail::similarity_window;
  static const char* const words[] = {"harbour", "crane", "ship", "cargo", "dock",  "storm",
                                      "union",   "wage",  "port", "freight", "tide", "pilot"};
  std::string text;
  std::size_t state = 7;
  for (std::size_t i = 0; i < n; ++i) {
    text += i == 0 ? "" : " ";
    text += "Xx" + unique_word(i);
    const std::size_t length = 2 + i % 5;
    for (std::size_t k = 0; k < length; ++k) {
      state = (state * 1103515245 + 12345) % 2147483648u;
      text += std::string(" ") + words[(state >> 8) % 12];
    }
    text += ".";
  }
  const parsed p(text, false);
  ASSERT_EQ(p.doc.sentences().size(), n);
  for (std::size_t s = 0; s < n; ++s) {
    const std::size_t lo = s > similarity_window ? s - similarity_window : 0;
    const std::size_t hi = std::min(n, s + similarity_window + 1);
    double forward = 0, backward = 0, best_forward = 0, best_backward = 0;
    for (std::size_t o = lo; o < hi; ++o) {
      if (o == s) continue;
      const double c = p.vectors.cosine(s, o);
      if (o < s) {
        backward += c;
        best_backward = std::max(best_backward, c);
      } else {
        forward += c;
        best_forward = std::max(best_forward, c);
      }
    }
    const double partners = double(hi - lo - 1);
    ASSERT_EQ(p.at(s, "forward_similarity"), forward / partners) << s;
    ASSERT_EQ(p.at(s, "backward_similarity"), backward / partners) << s;
    ASSERT_EQ(p.at(s, "mean_similarity"), (forward + backward) / partners) << s;
    ASSERT_EQ(p.at(s, "max_backward_similarity"), best_backward) << s;
    ASSERT_EQ(p.at(s, "max_forward_similarity"), best_forward) << s;
    ASSERT_EQ(p.at(s, "previous_similarity"), s > 0 ? p.vectors.cosine(s, s - 1) : 0.0) << s;
    ASSERT_EQ(p.at(s, "next_similarity"), s + 1 < n ? p.vectors.cosine(s, s + 1) : 0.0) << s;
    ASSERT_EQ(p.at(s, "first_sentence_similarity"), s == 0 ? 1.0 : p.vectors.cosine(s, 0)) << s;
  }
  EXPECT_GT(p.at(n / 2, "forward_similarity"), 0);
}

TEST(LearnedFeatures, PairwiseFeaturesEqualDirectCosinesAcrossTheWindow) {
  expect_pairwise_features_equal_direct(2 * newslib::detail::similarity_window + 37);
}

// 900 sentences need more cosines than the table may hold: every pair is then
// computed where it is used, with the same results.
TEST(LearnedFeatures, PairwiseFeaturesOfHugeDocumentsWithoutTable) {
  expect_pairwise_features_equal_direct(900);
}

TEST(LearnedFeatures, Deterministic) {
  const parsed a(storm);
  const parsed b(storm);
  EXPECT_EQ(a.features.values, b.features.values);
}

}  // namespace
