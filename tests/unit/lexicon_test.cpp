// The per-thread lexicon behind a document's terms: whatever a thread parsed
// before (warm or cold memo, a table that grew, was cleared, or saw its
// document stamps wrap), a document's terms, stems and ids come out the same.
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "newslib/document.hpp"

using newslib::document;
using newslib::parse_options;

namespace {

parse_options english() {
  parse_options o;
  o.language = "en";
  o.metadata = false;
  return o;
}

// Everything a document says about its terms, in one comparable string.
std::string term_dump(const document& doc) {
  std::string out;
  for (const auto& t : doc.tokens()) {
    out += std::to_string(t.term) + ' ';
  }
  out += '\n';
  for (const auto& t : doc.terms()) {
    out += std::string(t.key) + '|' + std::string(t.stem) + '|' + std::to_string(t.stem_id) + '|' +
           std::to_string(static_cast<int>(t.kind)) + (t.stopword ? "s" : "-") + '\n';
  }
  for (const auto& s : doc.stems()) out += std::string(s) + '\n';
  return out;
}

// Parses on a thread of its own, which starts with an empty lexicon.
std::string cold_dump(const std::string& text) {
  std::string out;
  std::thread([&] { out = term_dump(document(text, english())); }).join();
  return out;
}

// Tokens whose surfaces are at the edges of the lexicon's representation:
// one byte, sixteen and seventeen bytes, NUL bytes inside and at the end,
// the same text as different kinds, case variants of one key.
constexpr char tricky_text[] =
    "The the THE a I 1 . , ... -- abcdefghijklmnop abcdefghijklmnopq "
    "supercalifragilisticexpialidocious Supercalifragilisticexpialidocious "
    "nul\0inside and\0 x\0 \0 \0\0 caf\xC3\xA9 CAF\xC3\x89 don\xE2\x80\x99t don't "
    "running runs ran 3.5 3.5% www.example.com/path a@b.example.org U.S. u.s. 2024 "
    "stra\xC3\x9F" "e STRASSE \xEF\xAC\x81le file.";
const std::string tricky(tricky_text, sizeof(tricky_text) - 1);

// Every token's term has the token's key; ids follow first appearance; stems agree.
void expect_consistent(const document& doc) {
  std::uint32_t next_term = 0;
  for (const auto& t : doc.tokens()) {
    ASSERT_LT(t.term, doc.terms().size());
    ASSERT_LE(t.term, next_term);
    if (t.term == next_term) ++next_term;
  }
  EXPECT_EQ(next_term, doc.terms().size());
  std::uint32_t next_stem = 0;
  for (const auto& term : doc.terms()) {
    ASSERT_LT(term.stem_id, doc.stems().size());
    EXPECT_EQ(doc.stems()[term.stem_id], term.stem);
    ASSERT_LE(term.stem_id, next_stem);
    if (term.stem_id == next_stem) ++next_stem;
  }
  EXPECT_EQ(next_stem, doc.stems().size());
}

}  // namespace

TEST(Lexicon, EdgeSurfacesMapToOneTermPerKey) {
  const document doc(tricky, english());
  expect_consistent(doc);
  auto term_of = [&](std::string_view surface) -> std::optional<newslib::term> {
    for (const auto& t : doc.tokens()) {
      if (doc.slice(t.bytes()) == surface) return doc.term_of(t);
    }
    return std::nullopt;
  };
  ASSERT_NE(term_of("The"), std::nullopt);
  EXPECT_EQ(term_of("The"), term_of("the"));
  EXPECT_EQ(term_of("THE"), term_of("the"));
  EXPECT_EQ(term_of("The")->key, "the");
  EXPECT_TRUE(term_of("the")->stopword);
  EXPECT_EQ(term_of("supercalifragilisticexpialidocious"),
            term_of("Supercalifragilisticexpialidocious"));
  ASSERT_NE(term_of("abcdefghijklmnop"), std::nullopt);
  ASSERT_NE(term_of("abcdefghijklmnopq"), std::nullopt);
  EXPECT_NE(term_of("abcdefghijklmnop"), term_of("abcdefghijklmnopq"));
  EXPECT_EQ(term_of("caf\xC3\xA9"), term_of("CAF\xC3\x89"));
  EXPECT_EQ(term_of("STRASSE"), term_of("stra\xC3\x9F" "e"));
  EXPECT_EQ(term_of("running")->stem, term_of("runs")->stem);
  // Runs of NUL bytes differ only in length.
  const auto one_nul = term_of(std::string_view("\0", 1));
  const auto two_nuls = term_of(std::string_view("\0\0", 2));
  ASSERT_NE(one_nul, std::nullopt);
  ASSERT_NE(two_nuls, std::nullopt);
  EXPECT_NE(one_nul, two_nuls);
  EXPECT_EQ(two_nuls->key.size(), 2u);
}

TEST(Lexicon, WarmThreadGivesTheSameTermsAsAColdOne) {
  const std::string text(tricky.data(), tricky.size());
  const std::string cold = cold_dump(text);
  std::string warm, again;
  std::thread([&] {
    // Other documents first: their surfaces are memoised; some share ours.
    for (int i = 0; i < 50; ++i) {
      (void)document("Running the " + std::to_string(i) + " a.b runs THE nul", english());
    }
    warm = term_dump(document(text, english()));
    again = term_dump(document(text, english()));
  }).join();
  EXPECT_EQ(warm, cold);
  EXPECT_EQ(again, cold);
}

TEST(Lexicon, TableGrowthAndResetKeepTermsStable) {
  // A document with far more distinct words than the memo keeps between
  // documents: the table grows while it is parsed and starts over after it.
  std::string big;
  for (int i = 0; i < 80000; ++i) big += "w" + std::to_string(i * 7919) + "x ";
  big += tricky;
  const std::string text(tricky.data(), tricky.size());
  const std::string cold_small = cold_dump(text);
  const std::string cold_big = cold_dump(big);
  std::string small_after, big_again;
  std::thread([&] {
    (void)document(text, english());
    const document doc(big, english());
    expect_consistent(doc);
    EXPECT_EQ(doc.terms().size(), 80000u + document(text, english()).terms().size());
    small_after = term_dump(document(text, english()));
    big_again = term_dump(document(big, english()));
  }).join();
  EXPECT_EQ(small_after, cold_small);
  EXPECT_EQ(big_again, cold_big);
}

TEST(Lexicon, ManyDocumentsOnOneThread) {
  // More documents than the 16-bit stamps of the table count: a term id from
  // a document 65,536 documents back must not be taken for one of the current
  // document. `first` and `later` share words in a different order, so a
  // stale id would show; the documents between share none of them.
  const std::string first = "alpha beta gamma delta. Epsilon zeta eta theta.";
  const std::string later = "Theta eta zeta epsilon. Delta gamma beta alpha alpha.";
  const std::string cold = cold_dump(later);
  for (int between = 65533; between <= 65536; ++between) {
    std::string late;
    std::thread([&] {
      (void)document(first, english());
      const std::vector<std::string> small = {"The cat sat.", "A dog ran. The end.", "I ran."};
      for (int i = 0; i < between; ++i) {
        const document d(small[static_cast<std::size_t>(i) % small.size()], english());
        ASSERT_EQ(d.tokens().front().term, 0u);
      }
      late = term_dump(document(later, english()));
    }).join();
    EXPECT_EQ(late, cold) << between << " documents between";
  }
}
