// The bad-input matrix (docs/reliability.md): each row of that table is a test
// here. Every case must give a clear error naming the problem and position, or
// correct output, and never crash, hang or lose text. Times are measured by
// benchmarks/bad_input_bench.cpp, not here.
#include <gtest/gtest.h>

#include <string>
#include <thread>

#include "newslib/newslib.hpp"
#include "summarize/sentence_graph.hpp"

namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// Large inputs are scaled down under sanitizers, which are ~10x slower.
std::size_t scaled(std::size_t bytes) { return kSanitized ? bytes / 10 : bytes; }

newslib::document parse(std::string text, newslib::utf8_errors errors = newslib::utf8_errors::strict) {
  newslib::parse_options options;
  options.errors = errors;
  return newslib::document(std::move(text), options);
}

// Every sentence lies inside the text, in order, and slicing gives its text.
void expect_sound(const newslib::document& doc) {
  std::size_t previous = 0;
  for (const auto& s : doc.sentences()) {
    ASSERT_LE(previous, s.bytes.begin);
    ASSERT_LE(s.bytes.end, doc.text().size());
    previous = s.bytes.end;
  }
  const auto summary = newslib::summarize(doc);
  EXPECT_LE(summary.selected.size(), 3u);
}

struct invalid_case {
  const char* name;
  std::string bytes;
  std::size_t offset;
};

class InvalidUtf8 : public ::testing::TestWithParam<invalid_case> {};

TEST_P(InvalidUtf8, StrictNamesOffsetReplaceRecordsIt) {
  const auto& c = GetParam();
  try {
    (void)parse(c.bytes);
    FAIL() << "strict mode accepted " << c.name;
  } catch (const newslib::invalid_utf8& e) {
    EXPECT_EQ(e.offset(), c.offset) << c.name;
    EXPECT_NE(std::string(e.what()).find(std::to_string(c.offset)), std::string::npos);
  }
  const auto doc = parse(c.bytes, newslib::utf8_errors::replace);
  ASSERT_FALSE(doc.replacements().empty());
  for (const auto& r : doc.replacements()) EXPECT_EQ(doc.slice(r), "\xEF\xBF\xBD");
  expect_sound(doc);
}

INSTANTIATE_TEST_SUITE_P(
    EachClass, InvalidUtf8,
    ::testing::Values(invalid_case{"overlong", "Valid start. Bad \xC0\xAF here.", 17},
                      invalid_case{"surrogate", "Surrogate \xED\xA0\x80 inside.", 10},
                      invalid_case{"truncated", "Ends early \xE2\x82", 11},
                      invalid_case{"stray_continuation", "\x80 leading byte. More.", 0},
                      invalid_case{"above_max", "Big \xF4\x90\x80\x80 point.", 4},
                      invalid_case{"never_valid", "Bytes \xFF\xFE here.", 6}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(BadInput, EmptyAndWhitespaceOnly) {
  for (const char* text : {"", " ", "\n\n\n", " \t\r\n \f\v "}) {
    const auto doc = parse(text);
    EXPECT_TRUE(doc.sentences().empty());
    EXPECT_TRUE(doc.tokens().empty());
    const auto summary = newslib::summarize(doc);
    EXPECT_TRUE(summary.selected.empty());
    EXPECT_TRUE(summary.text.empty());
  }
}

TEST(BadInput, NulBytesAreKept) {
  const std::string text("First\0 sentence here. Second\0 one here.", 39);
  const auto doc = parse(text);
  EXPECT_EQ(doc.text(), text);  // nothing rewritten
  ASSERT_EQ(doc.sentences().size(), 2u);
  expect_sound(doc);
}

TEST(BadInput, SingleTenMegabyteToken) {
  const std::string text = "Start " + std::string(scaled(10u << 20), 'x') + " end.";
  const auto doc = parse(text);
  ASSERT_EQ(doc.sentences().size(), 1u);
  bool found = false;
  for (const auto& t : doc.tokens()) found |= t.bytes().size() == scaled(10u << 20);
  EXPECT_TRUE(found);
  expect_sound(doc);
}

TEST(BadInput, TwoHundredMegabytesOfText) {
  const std::string paragraph =
      "The committee met on Tuesday. Members debated the budget for three hours. "
      "A vote is expected next week.\n\n";
  std::string text;
  const std::size_t target = scaled(200u << 20);
  text.reserve(target + paragraph.size());
  while (text.size() < target) text += paragraph;
  const auto doc = parse(text);
  EXPECT_EQ(doc.sentences().size(), 3 * (text.size() / paragraph.size()));
  const auto summary = newslib::summarize(doc, {"lead", newslib::budget::sentences(3), {}, {}});
  EXPECT_EQ(summary.selected.size(), 3u);
}

TEST(BadInput, OneMillionTinySentences) {
  const std::size_t count = kSanitized ? 100000 : 1000000;
  std::string text;
  text.reserve(count * 8);
  for (std::size_t i = 0; i < count; ++i) text += "Go now. ";
  const auto doc = parse(text);
  EXPECT_EQ(doc.sentences().size(), count);
  // Every algorithm copes (the quadratic ones through their documented cap).
  for (const auto& name : newslib::algorithms()) {
    newslib::summary_options options;
    options.algorithm = name;
    const auto summary = newslib::summarize(doc, options);
    EXPECT_EQ(summary.scores.size(), count) << name;
    EXPECT_LE(summary.selected.size(), 3u) << name;
  }
}

// The graph scorers' band narrows as documents grow, so that the pairs they
// compare stay within the budget: OneMillionTinySentences relies on it.
TEST(BadInput, GraphComparisonsStayWithinBudget) {
  using newslib::detail::graph_half_width;
  using newslib::detail::graph_pair_budget;
  using newslib::detail::graph_window;
  using newslib::detail::neighbours;
  EXPECT_EQ(graph_half_width(graph_window), graph_window);
  EXPECT_EQ(graph_half_width(graph_window + 1), graph_window / 2);
  EXPECT_EQ(graph_half_width(40000), graph_window / 2);
  EXPECT_EQ(graph_half_width(1000000), 10u);
  for (std::size_t n : {std::size_t{501}, std::size_t{40001}, std::size_t{123457},
                        std::size_t{1000000}, std::size_t{30000000}, std::size_t{1} << 32}) {
    const std::size_t half = graph_half_width(n);
    EXPECT_GE(half, 1u) << n;
    EXPECT_LE(half, graph_window / 2) << n;
    // Ordered pairs compared: at most 2 * half per sentence.
    EXPECT_LE(2 * half * n, std::max(graph_pair_budget, 2 * n)) << n;
    for (std::size_t i : {std::size_t{0}, n / 2, n - 1}) {
      const auto r = neighbours(i, n);
      EXPECT_LE(r.first, i);
      EXPECT_GT(r.last, i);
      EXPECT_LE(r.last - r.first, 2 * half + 1);
      EXPECT_LE(r.last, n);
    }
  }
}

TEST(BadInput, UnbalancedQuotesAndBracketsByTheMegabyte) {
  // Quotation and bracket handling must not stack up state or rescan: a
  // few megabytes of openers that never close parse like any other text.
  std::string text;
  while (text.size() < scaled(4u << 20)) text += "\"'(\"'(\"'( deep ";
  text += "End.";
  const auto doc = parse(text);
  ASSERT_FALSE(doc.sentences().empty());
  EXPECT_EQ(doc.sentences().back().bytes.end, text.size());
  expect_sound(doc);
}

TEST(BadInput, OnlyPunctuation) {
  const auto doc = parse("?!.,;:...!!!??? --- ***");
  expect_sound(doc);
  for (const auto& t : doc.tokens()) EXPECT_NE(t.kind, newslib::token_kind::word);
}

TEST(BadInput, EmojiAndZwjSequences) {
  const std::string family = "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7";
  const auto doc = parse("The " + family + " family arrived. Flags \xF0\x9F\x87\xBA\xF0\x9F\x87\xB8 waved.");
  ASSERT_EQ(doc.sentences().size(), 2u);
  expect_sound(doc);
}

TEST(BadInput, RightToLeftAndMixedScripts) {
  const auto doc = parse(
      "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 \xD8\xA8\xD9\x83\xD9\x85. "
      "Moscow (\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0) hosted talks. "
      "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D.");
  EXPECT_GE(doc.sentences().size(), 2u);
  expect_sound(doc);
}

TEST(BadInput, ControlCharacters) {
  const auto doc = parse("Bell\x07 rang twice. Escape\x1B[0m codes stay. Form\x0C feed.");
  EXPECT_EQ(doc.text().find('\x07'), 4u);
  expect_sound(doc);
}

TEST(BadInput, WindowsAndOldMacLineEndings) {
  for (const char* sep : {"\r\n\r\n", "\r\r"}) {
    const std::string text = std::string("First paragraph here.") + sep + "Second paragraph here." +
                             sep + "Third paragraph here.";
    newslib::parse_options options;
    options.metadata = false;
    const newslib::document doc(text, options);
    EXPECT_EQ(doc.paragraphs().size(), 3u);
    EXPECT_EQ(doc.sentences().size(), 3u);
  }
}

TEST(BadInput, HtmlIsParsedAsText) {
  const std::string html =
      "<html><body><h1>Title</h1><p>The council met. <b>It voted.</b></p>"
      "<script>alert(1)</script></body></html>";
  const auto doc = parse(html);
  EXPECT_EQ(doc.text(), html);
  expect_sound(doc);
}

TEST(BadInput, MaxBytesIsEnforcedWithClearError) {
  newslib::parse_options options;
  options.max_bytes = 100;
  try {
    newslib::document doc(std::string(101, 'a'), options);
    FAIL() << "expected input_too_large";
  } catch (const newslib::input_too_large& e) {
    EXPECT_NE(std::string(e.what()).find("101"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("100"), std::string::npos);
  }
}

TEST(BadInput, ManyThreadsShareOneDocument) {
  std::string text;
  for (int i = 0; i < 50; ++i)
    text += "Sentence number " + std::to_string(i) + " talks about harbour funding and tides. ";
  const auto doc = parse(text);
  const auto expected = newslib::summarize(doc);
  std::vector<std::thread> threads;
  std::vector<std::string> results(8);
  for (std::size_t t = 0; t < results.size(); ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 5; ++round) results[t] = newslib::summarize(doc).text;
    });
  for (auto& th : threads) th.join();
  for (const auto& r : results) EXPECT_EQ(r, expected.text);
}

}  // namespace
