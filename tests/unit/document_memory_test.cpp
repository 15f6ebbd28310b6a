// The compact tables of a parsed document: 12-byte tokens, one term table
// viewed through term_list and string_list, and memory_usage() accounting.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "newslib/document.hpp"

using newslib::document;
using newslib::parse_options;
using newslib::token_kind;

namespace {

parse_options english() {
  parse_options o;
  o.language = "en";
  o.metadata = false;
  return o;
}

const char* const paragraph =
    "The council voted on Tuesday to rebuild the harbour wall, which storms "
    "damaged twice last winter. Work will start in March and cost $4.2 million, "
    "officials said. \"We cannot wait another year,\" the mayor told reporters.\n\n";

}  // namespace

#if defined(__GNUC__) || defined(__clang__)
TEST(DocumentMemory, TokenIsTwelveBytes) { EXPECT_EQ(sizeof(newslib::token), 12u); }
TEST(DocumentMemory, SentenceAndParagraphHoldThirtyTwoBitFields) {
  // A span and four 32-bit fields: 32 bytes where size_t is 64-bit.
  EXPECT_EQ(sizeof(newslib::sentence), sizeof(newslib::span) + 16);
  EXPECT_EQ(sizeof(newslib::paragraph), sizeof(newslib::span) + 16);
}
#endif

TEST(DocumentMemory, TokenBitFieldsHoldEveryKindAndTheLargestTermId) {
  newslib::token t;
  EXPECT_EQ(t.term, 0u);
  EXPECT_EQ(t.kind, token_kind::other);
  for (token_kind k : {token_kind::word, token_kind::number, token_kind::punctuation,
                       token_kind::symbol, token_kind::url, token_kind::email,
                       token_kind::other}) {
    t.kind = k;
    t.term = static_cast<std::uint32_t>(newslib::max_terms - 1);
    EXPECT_EQ(t.kind, k);
    EXPECT_EQ(t.term, newslib::max_terms - 1);
  }
  const newslib::token u(3, 9, 42, token_kind::number);
  EXPECT_EQ(u.bytes().begin, 3u);
  EXPECT_EQ(u.bytes().end, 9u);
  EXPECT_EQ(u.term, 42u);
  EXPECT_EQ(u.kind, token_kind::number);
}

TEST(DocumentMemory, TermListAndStringListBehaveAsSequences) {
  const document doc(std::string(paragraph) + "Harbours, harbour and HARBOUR.", english());
  const newslib::term_list terms = doc.terms();
  const newslib::string_list stems = doc.stems();
  ASSERT_FALSE(terms.empty());
  ASSERT_FALSE(stems.empty());
  EXPECT_EQ(static_cast<std::size_t>(std::distance(terms.begin(), terms.end())), terms.size());
  EXPECT_EQ(static_cast<std::size_t>(terms.end() - terms.begin()), terms.size());
  EXPECT_EQ(terms.begin()[1], terms[1]);
  EXPECT_EQ(*(terms.begin() + 2), terms[2]);

  std::set<std::string_view> keys, stem_set;
  for (const auto& t : terms) {
    EXPECT_TRUE(keys.insert(t.key).second) << t.key;  // a term per distinct key
    ASSERT_LT(t.stem_id, stems.size());
    EXPECT_EQ(stems[t.stem_id], t.stem);
  }
  for (std::string_view s : stems) EXPECT_TRUE(stem_set.insert(s).second) << s;
  EXPECT_EQ(stem_set.size(), stems.size());

  // Strings stay valid after the list they came from is gone.
  std::string_view key;
  {
    const newslib::term t = doc.terms()[doc.tokens()[1].term];
    key = t.key;
  }
  EXPECT_EQ(key, "council");
  const auto it = std::find_if(doc.terms().begin(), doc.terms().end(),
                               [](const newslib::term& t) { return t.key == "harbours"; });
  ASSERT_NE(it, doc.terms().end());
  EXPECT_EQ((*it).stem, "harbour");
  EXPECT_EQ((*it).kind, token_kind::word);
  EXPECT_FALSE((*it).stopword);
  for (const auto& t : doc.tokens()) EXPECT_EQ(doc.term_of(t), doc.terms()[t.term]);
}

TEST(DocumentMemory, EmptyDocumentHasNoTermsOrStems) {
  const document empty;
  EXPECT_TRUE(empty.terms().empty());
  EXPECT_TRUE(empty.stems().empty());
  EXPECT_EQ(empty.terms().begin(), empty.terms().end());
  const document blank("   \n\n  ", english());
  EXPECT_TRUE(blank.terms().empty());
  EXPECT_TRUE(blank.stems().empty());
  EXPECT_GE(blank.memory_usage(), sizeof(document));
}

// memory_usage() counts every table, and the tables are (nearly) exact: the
// tokens keep at most an eighth of slack, everything else none.
TEST(DocumentMemory, UsageAccountsForTablesSizedExactly) {
  std::string text;
  while (text.size() < 200000) text += paragraph;
  const document doc(text, english());
  std::size_t chars = 0;
  for (const auto& t : doc.terms()) chars += t.key.size();
  for (std::string_view s : doc.stems()) chars += s.size();
  const std::size_t exact = sizeof(document) + text.size() + 1 +
                            doc.paragraphs().size() * sizeof(newslib::paragraph) +
                            doc.sentences().size() * sizeof(newslib::sentence) +
                            doc.tokens().size() * sizeof(newslib::token) + chars + 1 +
                            (doc.terms().size() + 1) * 4 + doc.terms().size() * 4 +
                            (doc.stems().size() + 1) * 4;
  const std::size_t usage = doc.memory_usage();
  EXPECT_GE(usage, exact - 64);  // (a short string's own buffer is not heap)
  EXPECT_LE(usage, exact + doc.tokens().size() * sizeof(newslib::token) / 8 + 64);
  // This text has more tokens per byte than the first estimate (a fifth):
  // the vector grew, and its slack was given back.
  EXPECT_GT(doc.tokens().size(), text.size() / 5);
  EXPECT_LE(doc.tokens().capacity(), doc.tokens().size() + doc.tokens().size() / 8);
}
