// TextRank and LexRank take their pair similarities from term postings when
// they compare every pair; the scores must equal, bit for bit, a graph built
// pair by pair from merges of the two sentences' terms.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <vector>

#include "summarize/scorer.hpp"
#include "summarize/sentence_graph.hpp"
#include "summarize/sentence_vectors.hpp"

namespace {

using newslib::detail::sentence_vectors;

sentence_vectors random_sentences(std::size_t n, std::uint32_t vocabulary, std::uint64_t seed) {
  std::vector<sentence_vectors::sentence_words> input(n);
  std::uint64_t state = seed;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::uint32_t>(state >> 33);
  };
  for (auto& s : input) {
    const std::size_t length = next() % 18;  // some sentences have no words
    for (std::size_t k = 0; k < length; ++k) {
      // Skewed draws: a few frequent stems, many rare ones.
      const std::uint32_t stem = next() % (1 + next() % vocabulary);
      s.words.push_back({stem, next() % 5 == 0});
    }
    s.word_count = length;
    s.char_count = 6 * length;
  }
  return sentence_vectors(input);
}

std::vector<double> textrank_by_merges(const sentence_vectors& v) {
  const std::size_t n = v.sentence_count();
  return newslib::detail::pagerank(
      newslib::detail::build_graph(n, false, [&](std::size_t i, std::size_t j) {
        const std::size_t li = v.content_terms(i).size();
        const std::size_t lj = v.content_terms(j).size();
        const double denominator = (li > 0 ? std::log(double(li)) : 0.0) +
                                   (lj > 0 ? std::log(double(lj)) : 0.0);
        if (denominator <= 0) return 0.0;
        std::size_t shared = 0;
        const auto a = v.counts(i);
        const auto b = v.counts(j);
        for (std::size_t p = 0, q = 0; p < a.size() && q < b.size();) {
          if (a[p].term < b[q].term) {
            ++p;
          } else if (b[q].term < a[p].term) {
            ++q;
          } else {
            ++shared, ++p, ++q;
          }
        }
        return double(shared) / denominator;
      }));
}

TEST(GraphScorers, TextRankEqualsPairByPairGraph) {
  for (std::size_t n : {std::size_t{1}, std::size_t{2}, std::size_t{37}, std::size_t{240},
                        newslib::detail::graph_window}) {
    const sentence_vectors v = random_sentences(n, 60, 1000 + n);
    newslib::document empty_doc;
    const std::vector<char> every_sentence;
    const auto scores = newslib::detail::score_textrank({empty_doc, v, every_sentence});
    EXPECT_EQ(scores, textrank_by_merges(v)) << n;
  }
}

TEST(GraphScorers, LexRankEqualsPairByPairGraph) {
  for (std::size_t n : {std::size_t{1}, std::size_t{2}, std::size_t{37}, std::size_t{240},
                        newslib::detail::graph_window}) {
    const sentence_vectors v = random_sentences(n, 60, 2000 + n);
    newslib::document empty_doc;
    const std::vector<char> every_sentence;
    const newslib::detail::scorer_context context{empty_doc, v, every_sentence};
    using newslib::detail::build_graph;
    using newslib::detail::pagerank;
    EXPECT_EQ(newslib::detail::score_lexrank(context),
              pagerank(build_graph(n, true, [&](std::size_t i, std::size_t j) {
                return v.cosine(i, j);
              })))
        << n;
    EXPECT_EQ(newslib::detail::score_lexrank_threshold(context),
              pagerank(build_graph(n, true, [&](std::size_t i, std::size_t j) {
                return v.cosine(i, j) > 0.1 ? 1.0 : 0.0;
              })))
        << n;
  }
}

}  // namespace
