#include "newslib/document.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "newslib/error.hpp"
#include "text/char_class.hpp"
#include "text/utf8.hpp"
#include "shared_data.hpp"

using newslib::document;
using newslib::parse_options;
using newslib::span;
using newslib::token_kind;

namespace {

parse_options plain(std::string language = "en") {
  parse_options o;
  o.language = std::move(language);
  o.metadata = false;
  return o;
}

bool is_space_at(const std::string& text, std::size_t i, std::size_t& next) {
  next = i;
  const char32_t cp = newslib::detail::decode_utf8(text, next);
  return newslib::detail::classify(cp) == newslib::detail::char_class::space;
}

// The structural promises of a document: units nest, tile and slice exactly.
void expect_well_formed(const document& doc) {
  const std::string& text = doc.text();
  const span body = doc.body();
  ASSERT_LE(body.begin, body.end);
  ASSERT_LE(body.end, text.size());
  std::size_t previous_end = body.begin;
  for (std::size_t p = 0; p < doc.paragraphs().size(); ++p) {
    const auto& para = doc.paragraphs()[p];
    EXPECT_EQ(para.index, p);
    EXPECT_GE(para.bytes.begin, previous_end);
    EXPECT_LE(para.bytes.end, body.end);
    previous_end = para.bytes.end;
    for (std::size_t s = para.first_sentence; s < para.first_sentence + para.sentence_count; ++s) {
      const auto& sent = doc.sentences()[s];
      EXPECT_EQ(sent.paragraph, p);
      EXPECT_GE(sent.bytes.begin, para.bytes.begin);
      EXPECT_LE(sent.bytes.end, para.bytes.end);
      // Tokens tile the sentence: every non-space byte in exactly one token.
      std::size_t at = sent.bytes.begin;
      for (std::size_t k = sent.first_token; k < sent.first_token + sent.token_count; ++k) {
        const auto& t = doc.tokens()[k];
        ASSERT_LT(t.begin, t.end);
        for (std::size_t i = at; i < t.begin;) {
          std::size_t next;
          ASSERT_TRUE(is_space_at(text, i, next)) << "byte " << i << " is in no token";
          i = next;
        }
        ASSERT_LE(t.end, sent.bytes.end);
        EXPECT_EQ(doc.slice(t.bytes()), text.substr(t.begin, t.end - t.begin));
        EXPECT_LT(t.term, doc.terms().size());
        at = t.end;
      }
      for (std::size_t i = at; i < sent.bytes.end;) {
        std::size_t next;
        ASSERT_TRUE(is_space_at(text, i, next)) << "byte " << i << " is in no token";
        i = next;
      }
    }
  }
  std::size_t s_index = 0;
  for (const auto& sent : doc.sentences()) EXPECT_EQ(sent.index, s_index++);
  for (const auto& term : doc.terms()) {
    ASSERT_LT(term.stem_id, doc.stems().size());
    EXPECT_EQ(doc.stems()[term.stem_id], term.stem);
  }
}

std::optional<newslib::term> find_term(const document& doc, const std::string& surface) {
  for (const auto& t : doc.tokens()) {
    if (doc.slice(t.bytes()) == surface) return doc.term_of(t);
  }
  return std::nullopt;
}

}  // namespace

TEST(Document, ParagraphsSentencesAndTokens) {
  const std::string text =
      "The council met on Monday. It approved the budget.\n\n"
      "Critics were not convinced. \"We'll see,\" one said.\n";
  document doc(text, plain());
  expect_well_formed(doc);
  ASSERT_EQ(doc.paragraphs().size(), 2u);
  EXPECT_EQ(doc.slice(doc.paragraphs()[0].bytes),
            "The council met on Monday. It approved the budget.");
  ASSERT_EQ(doc.sentences().size(), 4u);
  EXPECT_EQ(doc.sentence_text(1), "It approved the budget.");
  EXPECT_EQ(doc.paragraphs()[1].first_sentence, 2u);
  EXPECT_EQ(doc.paragraphs()[1].sentence_count, 2u);
  const auto& s0 = doc.sentences()[0];
  ASSERT_EQ(s0.token_count, 6u);
  EXPECT_EQ(doc.slice(doc.tokens()[s0.first_token + 5].bytes()), ".");
  EXPECT_EQ(doc.language().code, "en");
  EXPECT_DOUBLE_EQ(doc.language().confidence, 1.0);
}

TEST(Document, TermsShareKeysAndStems) {
  document doc("The Council and the council's councils. THE END.", plain());
  expect_well_formed(doc);
  const auto the1 = find_term(doc, "The");
  const auto the2 = find_term(doc, "the");
  const auto the3 = find_term(doc, "THE");
  ASSERT_TRUE(the1 && the2 && the3);
  EXPECT_EQ(the1, the2);
  EXPECT_EQ(the1, the3);
  EXPECT_EQ(the1->key, "the");
  EXPECT_TRUE(the1->stopword);
  const auto council = find_term(doc, "Council");
  const auto councils = find_term(doc, "councils");
  ASSERT_TRUE(council && councils);
  EXPECT_NE(council, councils);
  EXPECT_EQ(council->stem, "council");
  EXPECT_EQ(councils->stem, "council");
  EXPECT_EQ(council->stem_id, councils->stem_id);
  EXPECT_FALSE(council->stopword);
  EXPECT_EQ(council->kind, token_kind::word);
  // Every distinct key appears once.
  std::vector<std::string> keys;
  for (const auto& t : doc.terms()) keys.emplace_back(t.key);
  std::sort(keys.begin(), keys.end());
  EXPECT_EQ(std::adjacent_find(keys.begin(), keys.end()), keys.end());
}

TEST(Document, KeysAreNfkcCaseFolded) {
  document doc("Die Stra\xC3\x9F" "e und die STRASSE, \xEF\xAC\x81nal final.", plain("de"));
  expect_well_formed(doc);
  const auto strasse = find_term(doc, "Stra\xC3\x9F" "e");
  ASSERT_NE(strasse, std::nullopt);
  EXPECT_EQ(strasse->key, "strasse");
  EXPECT_EQ(strasse, find_term(doc, "STRASSE"));
  const auto fi = find_term(doc, "\xEF\xAC\x81nal");
  ASSERT_NE(fi, std::nullopt);
  EXPECT_EQ(fi->key, "final");
  EXPECT_EQ(fi, find_term(doc, "final"));
  EXPECT_TRUE(find_term(doc, "und")->stopword);
}

TEST(Document, StemsAndStopwordsPerLanguage) {
  document fr("Les enfants jouaient dans l'école avec les autres enfants.", plain("fr"));
  EXPECT_TRUE(find_term(fr, "Les")->stopword);
  EXPECT_TRUE(find_term(fr, "dans")->stopword);
  EXPECT_EQ(find_term(fr, "enfants")->stem, "enfant");
  EXPECT_EQ(find_term(fr, "l'école")->stem, find_term(fr, "l'école")->stem);
  document fr2("Une école.", plain("fr"));
  EXPECT_EQ(find_term(fr, "l'école")->stem, find_term(fr2, "école")->stem);

  document ru("\xD0\x9E\xD0\xBD\xD0\xB8 \xD0\xB1\xD1\x8B\xD0\xBB\xD0\xB8 \xD0\xB2 "
              "\xD0\xB3\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4\xD0\xB0\xD1\x85.",
              plain("ru"));  // "Они были в городах."
  EXPECT_TRUE(find_term(ru, "\xD0\x9E\xD0\xBD\xD0\xB8")->stopword);
  EXPECT_EQ(find_term(ru, "\xD0\x9E\xD0\xBD\xD0\xB8")->key, "\xD0\xBE\xD0\xBD\xD0\xB8");
  EXPECT_EQ(find_term(ru, "\xD0\xB3\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4\xD0\xB0\xD1\x85")->stem,
            "\xD0\xB3\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4");

  document es("Los ni\xC3\xB1os corrieron hacia las monta\xC3\xB1" "as.", plain("es"));
  EXPECT_TRUE(find_term(es, "Los")->stopword);
  EXPECT_EQ(find_term(es, "corrieron")->stem, "corr");

  // Typographic and plain apostrophes share stem and stopword status.
  document en("Don\xE2\x80\x99t stop; don't stop.", plain());
  const auto curly = find_term(en, "Don\xE2\x80\x99t");
  const auto straight = find_term(en, "don't");
  ASSERT_TRUE(curly && straight);
  EXPECT_NE(curly->key, straight->key);
  EXPECT_EQ(curly->stem_id, straight->stem_id);
  EXPECT_TRUE(curly->stopword);
  EXPECT_TRUE(straight->stopword);
}

TEST(Document, UnsupportedLanguageUsesGenericRules) {
  document doc("Hakuna matata. Walking walked.", plain("sw"));
  expect_well_formed(doc);
  EXPECT_EQ(doc.language().code, "sw");
  EXPECT_EQ(doc.sentences().size(), 2u);
  const auto walking = find_term(doc, "Walking");
  ASSERT_NE(walking, std::nullopt);
  EXPECT_EQ(walking->stem, "walking");  // no stemmer
  EXPECT_FALSE(walking->stopword);
  EXPECT_THROW(document("x", plain("english")), newslib::invalid_argument);
  EXPECT_THROW(document("x", plain("e1")), newslib::invalid_argument);
  EXPECT_EQ(document("Text.", plain("EN")).language().code, "en");
}

TEST(Document, IdentifiesTheLanguage) {
  parse_options o;
  o.metadata = false;
  document de("Die Regierung hat am Montag einen neuen Plan vorgestellt, der die Kosten f\xC3\xBCr "
              "die Menschen senken soll. Kritiker sagen, dass es nicht genug ist und dass die "
              "Ma\xC3\x9Fnahmen zu sp\xC3\xA4t kommen.",
              o);
  EXPECT_EQ(de.language().code, "de");
  EXPECT_GT(de.language().confidence, 0.5);
  EXPECT_TRUE(find_term(de, "die")->stopword);
  document und("12345 67890", o);
  EXPECT_EQ(und.language().code, "und");
  expect_well_formed(und);
}

TEST(Document, Utf8Errors) {
  const std::string bad = "Good text \xFF\xFE and more.";
  try {
    document doc(bad, plain());
    FAIL() << "expected invalid_utf8";
  } catch (const newslib::invalid_utf8& e) {
    EXPECT_EQ(e.offset(), 10u);
  }
  parse_options o = plain();
  o.errors = newslib::utf8_errors::replace;
  document doc(bad, o);
  expect_well_formed(doc);
  EXPECT_EQ(doc.text(), "Good text \xEF\xBF\xBD\xEF\xBF\xBD and more.");
  ASSERT_EQ(doc.replacements().size(), 2u);
  EXPECT_EQ(doc.replacements()[0], (span{10, 13}));
  EXPECT_EQ(doc.replacements()[1], (span{13, 16}));
  const auto fffd = find_term(doc, "\xEF\xBF\xBD\xEF\xBF\xBD");
  ASSERT_NE(fffd, std::nullopt);
  EXPECT_EQ(fffd->kind, token_kind::symbol);
  EXPECT_TRUE(document("clean", o).replacements().empty());
}

TEST(Document, SizeLimit) {
  parse_options o = plain();
  o.max_bytes = 10;
  try {
    document doc("eleven byte", o);
    FAIL() << "expected input_too_large";
  } catch (const newslib::input_too_large& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("11"), std::string::npos) << what;
    EXPECT_NE(what.find("10"), std::string::npos) << what;
  }
  EXPECT_NO_THROW(document("ten bytes.", o));
}

TEST(Document, EmptyAndBlankInput) {
  for (const char* text : {"", "   ", "\n\n\r\n", "\t \xC2\xA0"}) {
    document doc(text, plain());
    expect_well_formed(doc);
    EXPECT_TRUE(doc.paragraphs().empty()) << text;
    EXPECT_TRUE(doc.sentences().empty());
    EXPECT_TRUE(doc.tokens().empty());
  }
  document defaults;
  EXPECT_TRUE(defaults.text().empty());
  EXPECT_EQ(defaults.language().code, "und");
}

TEST(Document, HostileInput) {
  // NUL bytes, control characters, RTL text, emoji ZWJ sequences, CR line ends.
  std::string text("Nul\0byte here.\rNext line \x01\x02 ok.\r\r", 33);
  text += "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D. ";
  text += "Family \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 here.";
  document doc(text, plain());
  expect_well_formed(doc);
  EXPECT_EQ(doc.paragraphs().size(), 2u);
  // A megabyte-long token.
  std::string huge = "Start " + std::string(1 << 20, 'x') + " end.";
  document big(huge, plain());
  expect_well_formed(big);
  ASSERT_EQ(big.tokens().size(), 4u);
  EXPECT_EQ(big.tokens()[1].end - big.tokens()[1].begin, 1u << 20);
}

TEST(Document, WithMetadataTheBodyExcludesIt) {
  const std::string text =
      "Council approves new budget\n\n"
      "By Jane Roe\n\n"
      "The city council approved the budget on Monday. The vote was close.\n\n"
      "Officials said spending on parks would rise.\n";
  parse_options o;
  o.language = "en";
  document doc(text, o);
  expect_well_formed(doc);
  ASSERT_FALSE(doc.sentences().empty());
  for (const auto& s : doc.sentences()) {
    EXPECT_GE(s.bytes.begin, doc.body().begin);
    EXPECT_LE(s.bytes.end, doc.body().end);
  }
  EXPECT_EQ(doc.sentences().back().bytes.end, text.size() - 1);
}

// Views into a document (slices, terms, stems, tokens, sentences) stay valid
// when it is moved, even when its text and its keys are short enough for a
// std::string's small buffer, which a move would copy. The source is freed, so
// that a view into it is a use after free under AddressSanitizer.
TEST(Document, MovingKeepsItsViewsValid) {
  parse_options o;
  o.language = "en";
  o.metadata = false;
  // The keys "dogs" and "bark" are not spelled in the text: the document
  // keeps them apart from it.
  auto source = std::make_unique<document>("Dogs BARK.", o);
  const std::string_view sentence = source->sentence_text(0);
  const newslib::term_list terms = source->terms();
  const newslib::term dogs = terms[0];
  const newslib::string_list stems = source->stems();
  const newslib::token_list tokens = source->tokens();
  const newslib::sentence* sentences = source->sentences().data();
  ASSERT_EQ(dogs.key, "dogs");
  ASSERT_EQ(terms[1].key, "bark");
  ASSERT_EQ(tokens.size(), 3u);

  document moved(std::move(*source));
  source.reset();
  EXPECT_EQ(sentence, "Dogs BARK.");
  EXPECT_EQ(sentence.data(), moved.text().data());
  EXPECT_EQ(dogs.key, "dogs");
  EXPECT_EQ(dogs.stem, "dog");
  EXPECT_EQ(dogs.key.data(), moved.terms()[0].key.data());
  EXPECT_EQ(terms[1].key, "bark");
  EXPECT_EQ(stems[dogs.stem_id], "dog");
  EXPECT_EQ(sentences, moved.sentences().data());
  ASSERT_EQ(moved.tokens().size(), tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    EXPECT_EQ(tokens[i].bytes(), moved.tokens()[i].bytes());
    EXPECT_EQ(tokens[i].term, moved.tokens()[i].term);
  }

  // Move assignment keeps them too; a copy has views of its own.
  document assigned;
  assigned = std::move(moved);
  EXPECT_EQ(sentence.data(), assigned.text().data());
  EXPECT_EQ(terms[0].key, "dogs");
  const document copy = assigned;
  EXPECT_NE(copy.text().data(), assigned.text().data());
  EXPECT_NE(copy.terms()[0].key.data(), assigned.terms()[0].key.data());
  EXPECT_EQ(copy.terms()[0], assigned.terms()[0]);
  EXPECT_EQ(copy.sentence_text(0), "Dogs BARK.");
}

TEST(Document, SharedDataArticlesParseWellFormed) {
  const std::string path = shared_data::path("summarization/cnndm_raw_dev100.jsonl");
  NEWSLIB_NEEDS_SHARED_DATA(path);
  std::ifstream in(path);
  // Only the structural checks: the text is someone else's.
  std::string line;
  int n = 0;
  while (std::getline(in, line) && n < 20) {
    const auto key = line.find("\"article\": \"");
    if (key == std::string::npos) continue;
    document doc(line.substr(key), parse_options{});  // JSON escapes and all: still text
    expect_well_formed(doc);
    ++n;
  }
  EXPECT_GT(n, 0);
}

TEST(Document, ParsesConcurrentlyWithIdenticalResults) {
  // Stemmers and the term memo are per thread; documents must not differ.
  const std::vector<std::pair<std::string, std::string>> inputs = {
      {"en", "The runners were running faster than the other runners. They ran home."},
      {"de", "Die H\u00e4user der Stadt wurden gebaut. Das Haus steht noch."},
      {"fr", "Les \u00e9coles ouvrent. L'\u00e9cole du village reste ferm\u00e9e."},
      {"ru", "\u041e\u043d\u0438 \u0431\u044b\u043b\u0438 \u0432 \u0433\u043e\u0440\u043e\u0434\u0430\u0445."},
  };
  auto signature = [](const document& doc) {
    std::string s;
    for (const auto& t : doc.tokens()) {
      const auto& term = doc.term_of(t);
      s += std::string(term.key) + "/" + std::string(term.stem) + (term.stopword ? "*" : "") + " ";
    }
    return s;
  };
  std::vector<std::string> expected;
  for (const auto& [lang, text] : inputs) expected.push_back(signature(document(text, plain(lang))));
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 200; ++round) {
        const std::size_t k = static_cast<std::size_t>(round + t) % inputs.size();
        if (signature(document(inputs[k].second, plain(inputs[k].first))) != expected[k]) {
          ++mismatches[t];
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

TEST(Document, TermFormsDoNotDependOnEarlierDocuments) {
  // The per-thread memo must give the same answer as a fresh computation,
  // whatever was parsed before and in whichever language.
  document first("Running runs. Les \u00e9coles.", plain("en"));
  document fr("Les \u00e9coles.", plain("fr"));
  document en("Running runs.", plain("en"));
  EXPECT_EQ(find_term(first, "Running")->stem, "run");
  EXPECT_EQ(find_term(en, "Running")->stem, "run");
  EXPECT_TRUE(find_term(fr, "Les")->stopword);
  EXPECT_FALSE(find_term(first, "Les")->stopword);
  EXPECT_EQ(find_term(fr, "\u00e9coles")->stem, "\u00e9col");
  EXPECT_EQ(find_term(first, "\u00e9coles")->stem, "\u00e9cole");  // the English stemmer
}
