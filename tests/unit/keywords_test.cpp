#include "newslib/keywords.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "keywords/background_idf.hpp"
#include "keywords/phrase_finder.hpp"
#include "keywords/phrase_grammar.hpp"
#include "keywords/phrase_selection.hpp"
#include "newslib/document.hpp"
#include "newslib/error.hpp"
#include "shared_data.hpp"

using newslib::document;
using newslib::keyword;
using newslib::keyword_options;
using newslib::keywords;

namespace {

const char* const solar_article =
    "A proposed solar farm on the edge of Millbrook has divided residents, with supporters "
    "praising the clean energy it would bring and opponents warning about the loss of "
    "farmland.\n\n"
    "The solar farm would cover 120 hectares of pasture west of the village. Greenfield Power, "
    "the company behind the project, said the solar farm could supply electricity to 30,000 "
    "homes.\n\n"
    "At a crowded public meeting on Tuesday, farmers questioned whether the land would ever "
    "return to agriculture. Greenfield Power said the panels would be removed after forty "
    "years and the soil restored.\n\n"
    "The district council will vote on the solar farm in March. Council members said they had "
    "received more than 800 letters about the plan.\n\n"
    "Supporters of the solar farm argue that the region needs new sources of clean energy as "
    "the old coal plant closes next year.\n";

const char* const german_article =
    "Die Landesregierung will den Ausbau der Windkraft an der Nordseeküste beschleunigen. Bis "
    "zum Jahr 2030 sollen dort zweihundert neue Windkraftanlagen entstehen.\n\n"
    "Die Windkraftanlagen sollen vor allem Strom für die Industrie im Süden liefern. Dafür "
    "braucht es allerdings neue Stromleitungen, deren Bau seit Jahren umstritten ist.\n\n"
    "Umweltverbände begrüßen die Pläne grundsätzlich, warnen aber vor Schäden für Zugvögel. "
    "Die Landesregierung kündigte an, die Standorte der Windkraftanlagen gemeinsam mit den "
    "Umweltverbänden zu prüfen.\n\n"
    "Die Gemeinden an der Küste hoffen auf Einnahmen aus der Windkraft und auf neue "
    "Arbeitsplätze.\n";

const char* const french_article =
    "La métropole de Bordeaux a présenté mardi le tracé de la future ligne de tramway qui "
    "reliera la gare au nouveau quartier des bassins.\n\n"
    "Cette ligne de tramway comptera quatorze stations et transportera près de quarante mille "
    "voyageurs par jour, selon les prévisions de la métropole.\n\n"
    "Les travaux de la ligne de tramway commenceront au printemps et dureront trois ans. Les "
    "commerçants du centre-ville craignent une baisse de leur chiffre d'affaires pendant le "
    "chantier.\n\n"
    "La métropole promet des aides pour les commerçants touchés par les travaux.\n";

// "Korea" never appears without "South".
const char* const south_korea_only =
    "South Korea and Japan agreed on Monday to expand military talks. South Korea will send a "
    "delegation to Tokyo in June.\n\n"
    "Officials in South Korea said the talks would cover missile warnings. The defence "
    "ministry of South Korea confirmed the date.\n\n"
    "South Korea has held similar talks with Washington for years.\n";

// "Korea" mostly stands on its own.
const char* const korea_alone =
    "Korea was divided in 1945. Families across Korea still hope to meet again, and Korea "
    "remains a symbol of that loss.\n\n"
    "Historians of Korea say the war shaped modern Korea more than any other event. South "
    "Korea and the North signed an armistice, not a peace treaty.\n\n"
    "Museums in Korea now collect letters written by separated families.\n";

document parse(const char* text, const char* language = "en") {
  newslib::parse_options options;
  options.language = language;
  return document(text, options);
}

keyword_options with(const std::string& algorithm, std::size_t top = 10) {
  keyword_options o;
  o.algorithm = algorithm;
  o.top = top;
  return o;
}

std::vector<std::string> keys(const std::vector<keyword>& ks) {
  std::vector<std::string> out;
  for (const keyword& k : ks) out.push_back(k.key);
  return out;
}

bool has_key(const std::vector<keyword>& ks, const std::string& key) {
  return std::any_of(ks.begin(), ks.end(), [&](const keyword& k) { return k.key == key; });
}

}  // namespace

// Outside the anonymous namespace: the TEST_P classes derived from it are not
// in it, and GCC warns about that (-Wsubobject-linkage) in a unity build.
class each_algorithm : public ::testing::TestWithParam<std::string> {};

TEST(Keywords, AlgorithmNames) {
  EXPECT_THAT(newslib::keyword_algorithms(), ::testing::ElementsAre("tfidf", "textrank", "yake", "default"));
}

TEST(Keywords, RejectsUnknownAlgorithm) {
  const document doc = parse(solar_article);
  EXPECT_THROW((void)keywords(doc, with("bogus")), newslib::invalid_argument);
  EXPECT_THROW(newslib::check_keyword_options(with("bogus")), newslib::invalid_argument);
  for (const auto& name : newslib::keyword_algorithms()) {
    EXPECT_NO_THROW(newslib::check_keyword_options(with(name))) << name;
  }
}

TEST_P(each_algorithm, FindsTheObviousPhrase) {
  const document doc = parse(solar_article);
  const auto ks = keywords(doc, with(GetParam(), 5));
  ASSERT_FALSE(ks.empty());
  // YAKE prefers "proposed solar farm" here, which holds the phrase.
  EXPECT_TRUE(std::any_of(ks.begin(), ks.end(), [](const keyword& k) {
    return k.key.find("solar farm") != std::string::npos;
  })) << ::testing::PrintToString(keys(ks));
  // The phrase stands for itself; its parts are not listed beside it.
  EXPECT_FALSE(has_key(ks, "solar")) << ::testing::PrintToString(keys(ks));
  EXPECT_FALSE(has_key(ks, "farm")) << ::testing::PrintToString(keys(ks));
}

TEST_P(each_algorithm, ResultsAreWellFormed) {
  const document doc = parse(solar_article);
  const auto ks = keywords(doc, with(GetParam(), 8));
  ASSERT_FALSE(ks.empty());
  EXPECT_LE(ks.size(), 8u);
  std::set<std::string> seen;
  for (std::size_t i = 0; i < ks.size(); ++i) {
    const keyword& k = ks[i];
    EXPECT_TRUE(seen.insert(k.key).second) << "duplicate key " << k.key;
    EXPECT_GT(k.score, 0.0);
    if (i > 0) {
      EXPECT_LE(k.score, ks[i - 1].score);
    }
    ASSERT_FALSE(k.occurrences.empty()) << k.key;
    // `text` is the first occurrence, and every occurrence is inside the body.
    EXPECT_EQ(doc.slice(k.occurrences.front()), k.text);
    for (std::size_t j = 0; j < k.occurrences.size(); ++j) {
      EXPECT_GE(k.occurrences[j].begin, doc.body().begin);
      EXPECT_LE(k.occurrences[j].end, doc.body().end);
      if (j > 0) {
        EXPECT_LT(k.occurrences[j - 1].begin, k.occurrences[j].begin);
      }
    }
  }
}

TEST(Keywords, CountsEveryOccurrence) {
  const document doc = parse(solar_article);
  const auto ks = keywords(doc, with("default", 10));
  const auto it = std::find_if(ks.begin(), ks.end(),
                               [](const keyword& k) { return k.key == "solar farm"; });
  ASSERT_NE(it, ks.end());
  ASSERT_EQ(it->occurrences.size(), 5u);
  for (const auto& s : it->occurrences) {
    std::string surface(doc.slice(s));
    std::transform(surface.begin(), surface.end(), surface.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    EXPECT_EQ(surface, "solar farm");
  }
}

TEST_P(each_algorithm, CaseAndInflectionMerge) {
  const document doc = parse(
      "Korea's exports rose. KOREA exports cars, and korea exports ships. Korea exports "
      "chips.\n");
  const auto ks = keywords(doc, with(GetParam(), 10));
  // "Korea's", "KOREA" and "korea" share the stem "korea", "exports" is "export";
  // the possessive is not shown.
  EXPECT_TRUE(std::any_of(ks.begin(), ks.end(), [](const keyword& k) {
    return k.key == "korea" || k.key.rfind("korea ", 0) == 0;
  })) << ::testing::PrintToString(keys(ks));
  for (const keyword& k : ks) {
    EXPECT_EQ(k.key.find("korea'"), std::string::npos) << k.key;
    EXPECT_EQ(k.key.find("exports"), std::string::npos) << k.key;
    EXPECT_EQ(k.text.find('\''), std::string::npos) << k.text;
  }
}

TEST_P(each_algorithm, PartInsideAlwaysTheSamePhraseIsDropped) {
  const document doc = parse(south_korea_only);
  const auto ks = keywords(doc, with(GetParam(), 10));
  EXPECT_TRUE(has_key(ks, "south korea")) << ::testing::PrintToString(keys(ks));
  EXPECT_FALSE(has_key(ks, "korea")) << ::testing::PrintToString(keys(ks));
  EXPECT_FALSE(has_key(ks, "south")) << ::testing::PrintToString(keys(ks));
}

TEST_P(each_algorithm, PartThatStandsAloneStays) {
  const document doc = parse(korea_alone);
  const auto ks = keywords(doc, with(GetParam(), 10));
  EXPECT_TRUE(has_key(ks, "korea")) << ::testing::PrintToString(keys(ks));
}

TEST_P(each_algorithm, Deterministic) {
  const document doc = parse(solar_article);
  const auto first = keys(keywords(doc, with(GetParam())));
  std::vector<std::vector<std::string>> results(4);
  std::vector<std::thread> threads;
  for (auto& r : results) {
    threads.emplace_back([&doc, &r] { r = keys(keywords(doc, with(GetParam()))); });
  }
  for (auto& t : threads) t.join();
  for (const auto& r : results) EXPECT_EQ(r, first);
}

TEST_P(each_algorithm, GermanKeywordsWithoutStopwords) {
  const document doc = parse(german_article, "de");
  const auto ks = keywords(doc, with(GetParam(), 8));
  ASSERT_FALSE(ks.empty());
  EXPECT_TRUE(has_key(ks, "windkraftanlag") || has_key(ks, "neu windkraftanlag") ||
              has_key(ks, "windkraft"))
      << ::testing::PrintToString(keys(ks));
  for (const keyword& k : ks) {
    for (const auto& s : k.occurrences) {
      for (const auto& t : doc.tokens()) {
        if (t.begin >= s.begin && t.end <= s.end) {
          EXPECT_FALSE(doc.term_of(t).stopword) << k.text;
        }
      }
    }
  }
}

TEST_P(each_algorithm, FrenchKeywordsWithoutStopwords) {
  const document doc = parse(french_article, "fr");
  const auto ks = keywords(doc, with(GetParam(), 8));
  ASSERT_FALSE(ks.empty());
  EXPECT_TRUE(has_key(ks, "tramway") || has_key(ks, "métropol"))
      << ::testing::PrintToString(keys(ks));
  for (const keyword& k : ks) {
    EXPECT_EQ(k.text.find(" de "), std::string::npos) << k.text;
    for (const auto& s : k.occurrences) {
      for (const auto& t : doc.tokens()) {
        if (t.begin >= s.begin && t.end <= s.end) {
          EXPECT_FALSE(doc.term_of(t).stopword) << k.text;
        }
      }
    }
  }
}

TEST_P(each_algorithm, ReportingVerbsAreNotKeywords) {
  const document doc = parse(solar_article);
  for (const keyword& k : keywords(doc, with(GetParam(), 20))) {
    EXPECT_EQ(k.key.find("said"), std::string::npos) << k.text;
  }
}

TEST_P(each_algorithm, EmptyAndContentFreeDocuments) {
  EXPECT_TRUE(keywords(document(), with(GetParam())).empty());
  EXPECT_TRUE(keywords(parse(""), with(GetParam())).empty());
  EXPECT_TRUE(keywords(parse("... !!! ???"), with(GetParam())).empty());
  EXPECT_TRUE(keywords(parse("It was, and it is. 2025, 17."), with(GetParam())).empty());
  EXPECT_TRUE(keywords(parse(solar_article), with(GetParam(), 0)).empty());
}

INSTANTIATE_TEST_SUITE_P(Keywords, each_algorithm,
                         ::testing::Values("textrank", "yake", "default"));

// The near-duplicate rule itself, on hand-set strengths.
class PhraseSelection : public ::testing::Test {
 protected:
  // "korea" appears three times, always as "south korea"; "seoul" once.
  PhraseSelection()
      : doc_(parse("South Korea votes. South Korea counts. In Seoul, South Korea waits.\n")),
        finder_(doc_) {
    for (const auto& t : doc_.tokens()) {
      const auto& term = doc_.term_of(t);
      if (term.key == "south") south_ = term.stem_id;
      if (term.key == "korea") korea_ = term.stem_id;
    }
  }

  newslib::detail::scored_phrase phrase(std::vector<std::uint32_t> stems, double strength) {
    newslib::detail::scored_phrase p;
    p.stems = std::move(stems);
    p.strength = strength;
    p.score = strength;
    p.first_token = finder_.occurrences(p.stems).front();
    return p;
  }

  std::vector<std::string> select(std::vector<newslib::detail::scored_phrase> candidates) {
    std::vector<std::string> out;
    for (const auto& p : newslib::detail::select_phrases(std::move(candidates), finder_, {})) {
      out.push_back(finder_.key(p.stems));
    }
    return out;
  }

  document doc_;
  newslib::detail::phrase_finder finder_;
  std::uint32_t south_ = 0;
  std::uint32_t korea_ = 0;
};

TEST_F(PhraseSelection, ShorterInsideBetterLongerIsDropped) {
  EXPECT_THAT(select({phrase({south_, korea_}, 10), phrase({korea_}, 9)}),
              ::testing::ElementsAre("south korea"));
}

TEST_F(PhraseSelection, LongerHoldingABetterShorterIsDropped) {
  EXPECT_THAT(select({phrase({korea_}, 10), phrase({south_, korea_}, 9)}),
              ::testing::ElementsAre("korea"));
}

TEST_F(PhraseSelection, PhrasesThatDoNotNestBothStay) {
  EXPECT_THAT(select({phrase({korea_}, 10), phrase({south_}, 9)}),
              ::testing::ElementsAre("korea", "south"));
}

TEST(PhraseSelectionHelpers, ContainmentAndSimilarity) {
  using newslib::detail::contains_phrase;
  using newslib::detail::levenshtein_similarity;
  EXPECT_TRUE(contains_phrase({1, 2, 3}, {2, 3}));
  EXPECT_FALSE(contains_phrase({1, 2, 3}, {1, 3}));
  EXPECT_FALSE(contains_phrase({1, 2}, {1, 2}));
  EXPECT_DOUBLE_EQ(levenshtein_similarity("korea", "korea"), 1.0);
  EXPECT_DOUBLE_EQ(levenshtein_similarity("kitten", "sitting"), 1.0 - 3.0 / 7.0);
  EXPECT_DOUBLE_EQ(levenshtein_similarity("", ""), 1.0);
  // Code points, not bytes: one substitution in a five-letter word.
  EXPECT_DOUBLE_EQ(levenshtein_similarity("k\xC3\xBChl", "kuhl"), 0.75);
}

TEST(Keywords, SharedDataNews) {
  const std::string path = shared_data::path("summarization/bbc_raw_dev50.jsonl");
  NEWSLIB_NEEDS_SHARED_DATA(path);
  std::ifstream in(path);
  std::string line;
  std::size_t articles = 0;
  while (std::getline(in, line) && articles < 50) {
    const document doc(nlohmann::json::parse(line).at("article").get<std::string>());
    for (const std::string algorithm : {"textrank", "yake"}) {
      const auto ks = keywords(doc, with(algorithm, 10));
      EXPECT_LE(ks.size(), 10u);
      std::set<std::string> unique;
      for (const keyword& k : ks) EXPECT_TRUE(unique.insert(k.key).second);
    }
    ++articles;
  }
  EXPECT_GT(articles, 0u);
}

// ---- phrase grammar ----

namespace {

bool any_text_contains(const std::vector<keyword>& ks, const std::string& part) {
  return std::any_of(ks.begin(), ks.end(),
                     [&](const keyword& k) { return k.text.find(part) != std::string::npos; });
}

const char* const grammar_article =
    "Gbagbo's forces shelled the city again. Gbagbo's forces hold the port, and Gbagbo's "
    "forces guard the airport.\n\n"
    "Irish PM Enda Kenny met the envoy. Later, Irish PM Enda Kenny spoke about the siege. "
    "The striker Rooney scored twice, and Rooney scored again in the second half.\n\n"
    "(AP Photo/John Smith) The rain fell at 10 mm per hour in March, at 5:30 p.m. on "
    "Tuesday.\n";

}  // namespace

TEST(KeywordGrammar, PossessiveEndsAPhraseAndIsNotShown) {
  const auto ks = keywords(parse(grammar_article), with("default", 20));
  EXPECT_FALSE(any_text_contains(ks, "'s")) << ::testing::PrintToString(keys(ks));
  EXPECT_FALSE(has_key(ks, "gbagbo forc"));
  EXPECT_TRUE(has_key(ks, "gbagbo")) << ::testing::PrintToString(keys(ks));
}

TEST(KeywordGrammar, NamesAreWholeAndNotGluedToVerbs) {
  const auto ks = keywords(parse(grammar_article), with("default", 20));
  // A name is not cut at its end, and a verb does not join it.
  EXPECT_FALSE(has_key(ks, "irish pm enda")) << ::testing::PrintToString(keys(ks));
  EXPECT_FALSE(has_key(ks, "irish")) << ::testing::PrintToString(keys(ks));
  EXPECT_FALSE(has_key(ks, "rooney score")) << ::testing::PrintToString(keys(ks));
  EXPECT_TRUE(has_key(ks, "irish pm enda kenni") || has_key(ks, "enda kenni") ||
              has_key(ks, "kenni"))
      << ::testing::PrintToString(keys(ks));
}

TEST(KeywordGrammar, CreditsUnitsAndTimesAreNotKeywords) {
  const auto ks = keywords(parse(grammar_article), with("default", 40));
  for (const char* junk : {"ap", "photo", "mm", "march", "p.m.", "tuesday"}) {
    EXPECT_FALSE(std::any_of(ks.begin(), ks.end(),
                             [&](const keyword& k) {
                               return k.key == junk || k.key.rfind(std::string(junk) + " ", 0) == 0;
                             }))
        << junk << " in " << ::testing::PrintToString(keys(ks));
  }
}

TEST(KeywordGrammar, FrenchElisionIsStripped) {
  const document doc = parse(
      "Les passagers attendent à l'aéroport depuis le matin. L'aéroport de Nantes reste "
      "fermé jusqu'en avril, et l'aéroport perd des vols.\n",
      "fr");
  const auto ks = keywords(doc, with("default", 10));
  EXPECT_TRUE(std::any_of(ks.begin(), ks.end(), [](const keyword& k) {
    return k.text.rfind("a\xC3\xA9roport", 0) == 0;  // "aéroport", without "l'"
  })) << ::testing::PrintToString(keys(ks));
  for (const keyword& k : ks) {
    EXPECT_EQ(k.text.find('\''), std::string::npos) << k.text;
    EXPECT_NE(k.key, "jusqu'en");
  }
}

TEST(KeywordGrammar, CliticRules) {
  using newslib::detail::clitics_for;
  using newslib::detail::find_clitics;
  EXPECT_EQ(find_clitics("Obama's", clitics_for("en")).back, 2u);
  EXPECT_EQ(find_clitics("Obama\xE2\x80\x99" "s", clitics_for("en")).back, 4u);
  EXPECT_EQ(find_clitics("Obama", clitics_for("en")).back, 0u);
  EXPECT_EQ(find_clitics("l'a\xC3\xA9roport", clitics_for("fr")).front, 2u);
  EXPECT_EQ(find_clitics("dell'Italia", clitics_for("it")).front, 5u);
  EXPECT_EQ(find_clitics("L\xE2\x80\x99" "Europe", clitics_for("fr")).front, 4u);
  // Nothing is cut that would leave no letter, and other languages have no rules.
  EXPECT_EQ(find_clitics("l'", clitics_for("fr")).front, 0u);
  EXPECT_EQ(find_clitics("l'aeroport", clitics_for("de")).front, 0u);
}

// ---- list and score properties ----

TEST_P(each_algorithm, TopIsAPrefixOfALongerTopAndScoresDoNotDependOnIt) {
  for (const char* text : {solar_article, grammar_article, korea_alone}) {
    const document doc = parse(text);
    const auto longest = keywords(doc, with(GetParam(), 30));
    for (std::size_t k = 1; k < 30; ++k) {
      const auto ks = keywords(doc, with(GetParam(), k));
      ASSERT_EQ(ks.size(), std::min(k, longest.size()));
      for (std::size_t i = 0; i < ks.size(); ++i) {
        EXPECT_EQ(ks[i].key, longest[i].key) << "top " << k;
        EXPECT_EQ(ks[i].score, longest[i].score) << ks[i].key;
        EXPECT_GE(ks[i].score, 0.0);
        EXPECT_LE(ks[i].score, 1.0);
      }
    }
  }
}

TEST_P(each_algorithm, NoPhraseIsAPartOfAnother) {
  for (const char* text : {solar_article, grammar_article, south_korea_only, korea_alone}) {
    const document doc = parse(text);
    const auto ks = keywords(doc, with(GetParam(), 30));
    for (const keyword& a : ks) {
      for (const keyword& b : ks) {
        if (&a == &b) continue;
        // Keys are stems joined by spaces: compare as whole words.
        EXPECT_EQ((" " + b.key + " ").find(" " + a.key + " "), std::string::npos)
            << a.key << " in " << b.key;
      }
    }
  }
}

TEST_P(each_algorithm, FillsTheListWhenThereAreEnoughCandidates) {
  const document doc = parse(solar_article);
  EXPECT_EQ(keywords(doc, with(GetParam(), 12)).size(), 12u);
}

// ---- corpus and background frequencies ----

TEST(KeywordCorpus, CountsDocumentsAndPhrasesOnce) {
  newslib::keyword_corpus corpus;
  corpus.add(parse(solar_article));
  corpus.add(parse(south_korea_only));
  corpus.add(parse(korea_alone));
  EXPECT_EQ(corpus.documents(), 3u);
  EXPECT_EQ(corpus.frequency("solar farm"), 1u);  // five times in one document
  EXPECT_EQ(corpus.frequency("korea"), 2u);
  EXPECT_EQ(corpus.frequency("no such phrase"), 0u);

  newslib::keyword_corpus a;
  newslib::keyword_corpus b;
  a.add(parse(solar_article));
  b.add(parse(south_korea_only));
  b.add(parse(korea_alone));
  a.merge(b);
  EXPECT_EQ(a.documents(), 3u);
  EXPECT_EQ(a.frequency("korea"), corpus.frequency("korea"));
}

TEST(KeywordCorpus, APhraseInEveryDocumentWeighsLess) {
  // "council" is in every document of the corpus, "harbour" in one only.
  newslib::keyword_corpus corpus;
  std::vector<document> docs;
  for (int i = 0; i < 60; ++i) {
    docs.push_back(parse(i == 0 ? "The council met. The harbour flooded. The council and the "
                                  "harbour board argued about the harbour.\n"
                                : "The council met again and the council voted.\n"));
    corpus.add(docs.back());
  }
  const auto score_of = [](const std::vector<keyword>& ks, const std::string& key) {
    for (const keyword& k : ks) {
      if (k.key == key) return k.score;
    }
    return -1.0;
  };
  const auto alone = keywords(docs[0], with("default", 10));
  const auto in_corpus = keywords(docs[0], corpus, with("default", 10));
  ASSERT_GT(score_of(in_corpus, "council"), 0.0);
  EXPECT_LT(score_of(in_corpus, "council"), score_of(alone, "council"));
  EXPECT_EQ(in_corpus.front().key, "harbour");
  EXPECT_THROW((void)keywords(docs[0], corpus, with("yake")), newslib::invalid_argument);
}

TEST(BackgroundIdf, CommonWordsWeighLessThanRareOnes) {
  const auto* en = newslib::detail::background_idf::for_language("en");
  ASSERT_NE(en, nullptr);
  // Stems, as the English stemmer writes them.
  EXPECT_LT(en->idf("the"), en->idf("govern"));
  EXPECT_LT(en->idf("govern"), en->idf("parliament"));
  EXPECT_LT(en->idf("parliament"), en->unknown());
  EXPECT_EQ(en->idf("qwzxv"), en->unknown());
  EXPECT_NE(newslib::detail::background_idf::for_language("pt"), nullptr);
  EXPECT_EQ(newslib::detail::background_idf::for_language("xx"), nullptr);
}

TEST_P(each_algorithm, HyphenatedWordsNestByTheirParts) {
  const document doc = parse(
      "Jobs are scarce in the valley. The job-market report says jobs vanish as the "
      "job-market shrinks. Jobs, wages and hours fell. "
      "Read the-post-is-killing-journalism-today for more.\n");
  const auto ks = keywords(doc, with(GetParam(), 20));
  const bool job = has_key(ks, "job");
  const bool job_market = std::any_of(ks.begin(), ks.end(), [](const keyword& k) {
    return k.key.find("job-market") != std::string::npos;
  });
  EXPECT_TRUE(job || job_market) << ::testing::PrintToString(keys(ks));
  EXPECT_FALSE(job && job_market) << ::testing::PrintToString(keys(ks));
  EXPECT_FALSE(any_text_contains(ks, "killing")) << ::testing::PrintToString(keys(ks));
}
