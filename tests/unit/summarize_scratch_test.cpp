// The summariser keeps scratch buffers per thread between documents and gives
// back the ones a huge document grew: results must not depend on what the
// thread summarised before.
#include <gtest/gtest.h>

#include <string>

#include "newslib/document.hpp"
#include "newslib/summarize.hpp"

namespace {

newslib::document parse(const std::string& text) {
  newslib::parse_options options;
  options.language = "en";
  options.metadata = false;
  return newslib::document(text, options);
}

// Sentences that share words in changing combinations, so that trigram sets,
// term tables and pair tables all fill up.
std::string long_text(std::size_t sentences) {
  static const char* const words[] = {"river", "bridge", "council", "budget", "vote",
                                      "harbour", "school", "rail",  "storm",  "energy"};
  std::string text;
  for (std::size_t i = 0; i < sentences; ++i) {
    text += "The ";
    for (std::size_t k = 0; k < 6; ++k) {
      text += std::string(words[(i * 7 + k * k + i / 10) % 10]) + " ";
    }
    text += "plan " + std::to_string(i) + " was approved.\n";
  }
  return text;
}

TEST(SummarizeScratch, SmallDocumentAfterHugeOneIsUnchanged) {
  const newslib::document small = parse(
      "The council approved the river bridge on Monday. Work on the bridge starts in May. "
      "The bridge will cost 12 million pounds. Residents welcomed the decision. The council "
      "will vote on the school budget next week.");
  const newslib::document huge = parse(long_text(6000));
  ASSERT_GT(huge.sentences().size(), 5000u);
  for (const char* algorithm : {"default", "textrank", "lexrank", "sumbasic"}) {
    newslib::summary_options options;
    options.algorithm = algorithm;
    const newslib::summary before = newslib::summarize(small, options);
    const newslib::summary big = newslib::summarize(huge, options);
    EXPECT_EQ(big.selected.size(), 3u) << algorithm;
    const newslib::summary after = newslib::summarize(small, options);
    EXPECT_EQ(before.text, after.text) << algorithm;
    EXPECT_EQ(before.scores, after.scores) << algorithm;
    // And again with a budget that takes most of the huge document's sentences.
    options.length = newslib::budget::ratio(0.9);
    (void)newslib::summarize(huge, options);
    options.length = newslib::budget{};
    EXPECT_EQ(newslib::summarize(small, options).scores, before.scores) << algorithm;
  }
}

}  // namespace
