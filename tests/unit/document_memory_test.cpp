// The compact tables of a parsed document: tokens and terms in 16-bit fields
// for short documents and 32-bit ones for long documents, keys and stems
// found in the text, the views over them, and memory() accounting.
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

TEST(DocumentMemory, PackedTokenHoldsEveryKindAndTheLargestTermId) {
  newslib::detail::packed_token t;
  EXPECT_EQ(t.term(), 0u);
  EXPECT_EQ(t.kind(), token_kind::word);
  for (token_kind k : {token_kind::word, token_kind::number, token_kind::punctuation,
                       token_kind::symbol, token_kind::url, token_kind::email,
                       token_kind::other}) {
    t.set_kind(k);
    t.set_term(static_cast<std::uint32_t>(newslib::max_terms - 1));
    EXPECT_EQ(t.kind(), k);
    EXPECT_EQ(t.term(), newslib::max_terms - 1);
    t.set_term(5);
    EXPECT_EQ(t.kind(), k);
    EXPECT_EQ(t.term(), 5u);
  }
  t.begin = 3;
  t.end = 9;
  const newslib::token u = t.unpack();
  EXPECT_EQ(u.bytes().begin, 3u);
  EXPECT_EQ(u.bytes().end, 9u);
  EXPECT_EQ(u.term, 5u);
  EXPECT_EQ(u.kind, token_kind::other);
}

// The narrow layout of a short document: 12-bit term ids beside the kind.
TEST(DocumentMemory, NarrowWidthPacksIdKindAndFlagIntoSixteenBits) {
  constexpr newslib::detail::table_width narrow{true};
  for (token_kind k : {token_kind::word, token_kind::email, token_kind::other}) {
    for (const bool flag : {false, true}) {
      const std::uint32_t packed = narrow.pack(4095, k, flag);
      EXPECT_LE(packed, 0xFFFFu);
      EXPECT_EQ(packed & narrow.id_mask(), 4095u);
      EXPECT_EQ(narrow.kind_of(packed), k);
      EXPECT_EQ(narrow.flag_of(packed), flag);
    }
  }
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

namespace {

// Bytes of the strings that keys and stems keep apart from the text: every
// byte of the term table's `chars` belongs to a key or a stem, so it is the
// union of their ranges outside the text.
std::size_t bytes_apart_from_text(const document& doc) {
  const char* text_begin = doc.text().data();
  const char* text_end = text_begin + doc.text().size();
  std::set<std::pair<const char*, const char*>> ranges;
  auto add = [&](std::string_view s) {
    if (s.empty() || (s.data() >= text_begin && s.data() + s.size() <= text_end)) return;
    ranges.emplace(s.data(), s.data() + s.size());
  };
  for (const auto& t : doc.terms()) add(t.key);
  for (std::string_view s : doc.stems()) add(s);
  std::size_t bytes = 0;
  const char* covered = nullptr;
  for (const auto& [begin, end] : ranges) {
    const char* from = covered != nullptr && covered > begin ? covered : begin;
    if (end > from) bytes += static_cast<std::size_t>(end - from);
    if (covered == nullptr || end > covered) covered = end;
  }
  return bytes;
}

std::string long_text() {
  std::string text;
  while (text.size() < 200000) text += paragraph;
  return text;
}

std::string distinct_word(std::size_t n) {
  std::string w = "w";
  do {
    w += static_cast<char>('a' + n % 26);
    n /= 26;
  } while (n != 0);
  return w;
}

// Every token's term has the token's own (lower-case) text as its key, and
// every view agrees with the text.
void expect_consistent(const document& doc) {
  std::set<std::string_view> keys;
  for (const auto& t : doc.tokens()) {
    ASSERT_LE(t.end, doc.text().size());
    const newslib::term info = doc.term_of(t);
    std::string lower(doc.slice(t.bytes()));
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    ASSERT_EQ(info.key, lower);
    ASSERT_EQ(doc.stems()[info.stem_id], info.stem);
    keys.insert(info.key);
  }
  EXPECT_EQ(keys.size(), doc.terms().size());
}

// Bytes of a long document's tokens in blocks of 256: 8 a token, 4 a block.
std::size_t blocked_bytes(std::size_t tokens) { return tokens * 8 + (tokens + 255) / 256 * 4; }

// The tables keep at most an eighth of slack.
::testing::AssertionResult holds_blocked_tokens(const document& doc) {
  const std::size_t exact = blocked_bytes(doc.tokens().size());
  const std::size_t bytes = doc.memory().tokens;
  if (bytes >= exact && bytes <= exact + exact / 8 + 8) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << bytes << " bytes of tokens, " << exact << " exact";
}

}  // namespace

// memory() counts every table, and the tables are (nearly) exact.
TEST(DocumentMemory, LongDocumentKeepsEightByteTokensAndThirtyTwoBitTerms) {
  std::string text = long_text();
  text += "Harbour staff said the work would take 18 months.";
  const document doc(text, english());
  const document::memory_parts m = doc.memory();
  EXPECT_EQ(m.self, sizeof(document));
  EXPECT_EQ(m.text, doc.text().capacity() + 1);
  EXPECT_EQ(m.paragraphs, doc.paragraphs().size() * sizeof(newslib::paragraph));
  EXPECT_EQ(m.sentences, doc.sentences().size() * sizeof(newslib::sentence));
  EXPECT_TRUE(holds_blocked_tokens(doc));
  // Three 32-bit values a term, two a stem, and the strings apart from the text.
  const std::size_t apart = bytes_apart_from_text(doc);
  const std::size_t packed = doc.terms().size() * 12 + doc.stems().size() * 8;
  EXPECT_GE(m.terms, packed + apart);
  EXPECT_LE(m.terms, packed + apart + 17);  // a short string's slack while copying
  EXPECT_EQ(m.total(), doc.memory_usage());
  expect_consistent(doc);
}

// A block of 256 tokens whose offsets from its start pass 16 bits makes the
// document keep 12-byte tokens; up to 65,535 it does not.
TEST(DocumentMemory, TokensStayTwelveBytesWhenABlockSpansSixtyFourKibibytes) {
  for (const std::size_t extra : {std::size_t{0}, std::size_t{1}}) {
    std::string text;
    for (int i = 0; i < 255; ++i) text += "a ";
    text += std::string(65025 + extra, 'x');  // the 256th token ends at 65,535 (+ extra)
    for (int i = 0; i < 300; ++i) text += " b";
    const document doc(text, english());
    ASSERT_EQ(doc.tokens()[255].end, 65535 + extra);
    const std::size_t n = doc.tokens().size();
    if (extra == 0) {
      EXPECT_TRUE(holds_blocked_tokens(doc));
    } else {
      EXPECT_GE(doc.memory().tokens, n * sizeof(newslib::detail::packed_token));
    }
    EXPECT_EQ(doc.tokens().back().end, text.size());
    expect_consistent(doc);
  }
}

TEST(DocumentMemory, ShortDocumentPacksItsTablesIntoSixteenBits) {
  const document doc(std::string(paragraph) + "NASA and the U.N. said so.", english());
  const document::memory_parts m = doc.memory();
  EXPECT_EQ(m.tokens, doc.tokens().size() * 6);
  const std::size_t apart = bytes_apart_from_text(doc);
  const std::size_t packed = doc.terms().size() * 6 + doc.stems().size() * 4;
  EXPECT_GE(m.terms, packed + apart);
  EXPECT_LE(m.terms, packed + apart + 17);
  EXPECT_EQ(m.total(), doc.memory_usage());
}

TEST(DocumentMemory, KeysAndStemsAreFoundInTheTextWhereTheyCan) {
  const std::string text = "The harbours reopened. NASA watched the harbours.";
  const document doc(text, english());
  const char* begin = doc.text().data();
  auto place = [&](std::string_view s) { return s.data() - begin; };
  auto term_named = [&](std::string_view key) {
    for (const auto& t : doc.terms())
      if (t.key == key) return t;
    ADD_FAILURE() << "no term " << key;
    return newslib::term{};
  };
  // "the" first came as "The": the key is the later lower-case "the".
  EXPECT_EQ(place(term_named("the").key), static_cast<std::ptrdiff_t>(text.find("the ")));
  const newslib::term harbours = term_named("harbours");
  EXPECT_EQ(place(harbours.key), static_cast<std::ptrdiff_t>(text.find("harbours")));
  EXPECT_EQ(harbours.stem, "harbour");
  EXPECT_EQ(harbours.stem.data(), harbours.key.data());  // the stem begins its key
  // No token reads "nasa": that key is kept apart.
  const newslib::term nasa = term_named("nasa");
  EXPECT_TRUE(place(nasa.key) < 0 || place(nasa.key) >= static_cast<std::ptrdiff_t>(text.size()));
}

// The same text gives the same tokens and terms whether the document is short
// (16-bit tables) or long (32-bit tables).
TEST(DocumentMemory, ShortAndLongDocumentsAgree) {
  const std::string head = std::string(paragraph) +
                           "Straße, STRASSE and ﬁnal café — Café! Email a@b.org or see "
                           "https://example.org/x?y=1 at 5 p.m., the Mayor's office said.";
  const document short_doc(head, english());
  // Long: blocks of 8-byte tokens; longer still: a 70 KB token makes them 12.
  const document long_doc(head + "\n\n" + long_text(), english());
  const document wide_doc(head + "\n\n" + long_text() + std::string(70000, 'x'), english());
  ASSERT_EQ(short_doc.memory().tokens, short_doc.tokens().size() * 6);
  ASSERT_TRUE(holds_blocked_tokens(long_doc));
  ASSERT_GE(wide_doc.memory().tokens, wide_doc.tokens().size() * 12);
  ASSERT_GT(long_doc.tokens().size(), short_doc.tokens().size());
  for (const document* other : {&long_doc, &wide_doc}) {
    for (std::size_t i = 0; i < short_doc.tokens().size(); ++i) {
      const newslib::token a = short_doc.tokens()[i];
      const newslib::token b = other->tokens()[i];
      EXPECT_EQ(a.begin, b.begin) << i;
      EXPECT_EQ(a.end, b.end) << i;
      EXPECT_EQ(a.kind, b.kind) << i;
      EXPECT_EQ(a.term, b.term) << i;
      EXPECT_EQ(short_doc.term_of(a), other->term_of(b)) << i;
    }
  }
  for (std::size_t i = 0; i < long_doc.tokens().size(); ++i) {
    const newslib::token a = long_doc.tokens()[i];
    const newslib::token b = wide_doc.tokens()[i];
    ASSERT_EQ(a.begin, b.begin) << i;
    ASSERT_EQ(a.end, b.end) << i;
    ASSERT_EQ(a.term, b.term) << i;
  }
}

TEST(DocumentMemory, TablesWidenPastSixtyFourKibibytesOrFourThousandTerms) {
  // 4,096 distinct terms fit 16-bit tables; one more does not.
  for (const std::size_t words : {std::size_t{4094}, std::size_t{4095}}) {
    std::string text;
    for (std::size_t i = 0; i < words; ++i) text += distinct_word(i) + (i % 20 == 19 ? ".\n" : " ");
    text += "end.";
    const document doc(text, english());
    EXPECT_EQ(doc.terms().size(), words + 2);  // and "end" and "."
    EXPECT_EQ(doc.memory().tokens == doc.tokens().size() * 6, words + 2 <= 4096) << words;
    expect_consistent(doc);
  }
  // A text of 65,535 bytes fits; 65,536 do not.
  for (const std::size_t size : {std::size_t{65535}, std::size_t{65536}}) {
    std::string text;
    std::size_t i = 0;
    while (text.size() < size - 40) text += (i++ % 2 == 0 ? "harbour " : "wall. ");
    text.append(size - text.size() - 1, 'x');
    text += ".";
    ASSERT_EQ(text.size(), size);
    const document doc(text, english());
    EXPECT_EQ(doc.memory().tokens == doc.tokens().size() * 6, size <= 65535) << size;
    EXPECT_EQ(doc.tokens().back().end, size);
    expect_consistent(doc);
  }
  // Nor does a text of 55 KB with 18 KB more of keys kept apart (upper-case
  // words have keys that are not in the text), though it has few terms.
  std::string upper;
  for (std::size_t i = 0; upper.size() < 55000; ++i) {
    std::string w = distinct_word(i % 4000);
    for (char& c : w) c = static_cast<char>(c - 32);
    upper += w + (i % 20 == 19 ? ".\n" : " ");
  }
  const document wide(upper, english());
  EXPECT_LE(wide.terms().size(), 4096u);
  EXPECT_GT(wide.memory().tokens, wide.tokens().size() * 6);
  expect_consistent(wide);
}
