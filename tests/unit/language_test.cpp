#include "newslib/language.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "language/stopwords.hpp"
#include "stem/stemmer.hpp"
#include "language/languages.hpp"
#include "shared_data.hpp"

using newslib::identify_language;

namespace {

// A short news paragraph per language, written for these tests.
const std::vector<std::pair<std::string, std::string>>& samples() {
  static const std::vector<std::pair<std::string, std::string>> s = {
      {"en",
       "The government announced on Tuesday that it would raise taxes on large companies. "
       "Officials said the money would be used to build new schools and hospitals in the north "
       "of the country, where many people have waited for years."},
      {"de",
       "Die Bundesregierung hat am Dienstag angek\u00fcndigt, die Steuern f\u00fcr gro\u00dfe "
       "Unternehmen zu erh\u00f6hen. Nach Angaben von Beamten soll das Geld f\u00fcr neue Schulen "
       "und Krankenh\u00e4user im Norden des Landes verwendet werden, wo viele Menschen seit "
       "Jahren darauf warten."},
      {"fr",
       "Le gouvernement a annonc\u00e9 mardi qu'il allait augmenter les imp\u00f4ts des grandes "
       "entreprises. Selon les responsables, l'argent servira \u00e0 construire de nouvelles "
       "\u00e9coles et des h\u00f4pitaux dans le nord du pays, o\u00f9 beaucoup de gens attendent "
       "depuis des ann\u00e9es."},
      {"es",
       "El gobierno anunci\u00f3 el martes que subir\u00e1 los impuestos a las grandes empresas. "
       "Seg\u00fan los funcionarios, el dinero se usar\u00e1 para construir nuevas escuelas y "
       "hospitales en el norte del pa\u00eds, donde muchas personas llevan a\u00f1os esperando."},
      {"it",
       "Il governo ha annunciato marted\u00ec che aumenter\u00e0 le tasse per le grandi aziende. "
       "Secondo i funzionari, il denaro sar\u00e0 usato per costruire nuove scuole e ospedali nel "
       "nord del paese, dove molte persone aspettano da anni."},
      {"pt",
       "O governo anunciou na ter\u00e7a-feira que vai aumentar os impostos das grandes empresas. "
       "Segundo os respons\u00e1veis, o dinheiro ser\u00e1 usado para construir novas escolas e "
       "hospitais no norte do pa\u00eds, onde muitas pessoas esperam h\u00e1 anos."},
      {"nl",
       "De regering heeft dinsdag aangekondigd dat de belastingen voor grote bedrijven omhoog "
       "gaan. Volgens ambtenaren wordt het geld gebruikt om nieuwe scholen en ziekenhuizen te "
       "bouwen in het noorden van het land, waar veel mensen al jaren op wachten."},
      {"sv",
       "Regeringen meddelade p\u00e5 tisdagen att skatterna f\u00f6r stora f\u00f6retag ska "
       "h\u00f6jas. Enligt tj\u00e4nstem\u00e4nnen ska pengarna anv\u00e4ndas till att bygga nya "
       "skolor och sjukhus i norra delen av landet, d\u00e4r m\u00e5nga m\u00e4nniskor har "
       "v\u00e4ntat i flera \u00e5r."},
      {"da",
       "Regeringen meddelte tirsdag, at skatterne for store virksomheder skal h\u00e6ves. "
       "If\u00f8lge embedsm\u00e6ndene skal pengene bruges til at bygge nye skoler og hospitaler i "
       "den nordlige del af landet, hvor mange mennesker har ventet i \u00e5revis. Det er ikke "
       "sket f\u00f8r, og det blev m\u00f8dt med kritik fra oppositionen, som mener, at man burde "
       "have gjort noget andet."},
      {"no",
       "Regjeringen kunngjorde tirsdag at skattene for store selskaper skal \u00f8kes. "
       "If\u00f8lge tjenestemennene skal pengene brukes til \u00e5 bygge nye skoler og sykehus i "
       "den nordlige delen av landet, hvor mange mennesker har ventet i \u00e5revis. Det har ikke "
       "skjedd f\u00f8r, og det ble m\u00f8tt med kritikk fra opposisjonen, som mener at man "
       "burde ha gjort noe annet."},
      {"fi",
       "Hallitus ilmoitti tiistaina, ett\u00e4 suurten yritysten veroja korotetaan. "
       "Virkamiesten mukaan rahat k\u00e4ytet\u00e4\u00e4n uusien koulujen ja sairaaloiden "
       "rakentamiseen maan pohjoisosassa, jossa monet ihmiset ovat odottaneet vuosia. Se ei ole "
       "viel\u00e4 varmaa, mutta p\u00e4\u00e4t\u00f6s tehd\u00e4\u00e4n kun budjetti on valmis."},
      {"ru",
       "\u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e \u0432\u043e "
       "\u0432\u0442\u043e\u0440\u043d\u0438\u043a \u043e\u0431\u044a\u044f\u0432\u0438\u043b\u043e, "
       "\u0447\u0442\u043e \u043f\u043e\u0432\u044b\u0441\u0438\u0442 \u043d\u0430\u043b\u043e\u0433\u0438 "
       "\u0434\u043b\u044f \u043a\u0440\u0443\u043f\u043d\u044b\u0445 \u043a\u043e\u043c\u043f\u0430\u043d\u0438\u0439. "
       "\u041f\u043e \u0441\u043b\u043e\u0432\u0430\u043c \u0447\u0438\u043d\u043e\u0432\u043d\u0438\u043a\u043e\u0432, "
       "\u0434\u0435\u043d\u044c\u0433\u0438 \u0431\u0443\u0434\u0443\u0442 \u043f\u043e\u0442\u0440\u0430\u0447\u0435\u043d\u044b "
       "\u043d\u0430 \u0441\u0442\u0440\u043e\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e "
       "\u043d\u043e\u0432\u044b\u0445 \u0448\u043a\u043e\u043b \u0438 \u0431\u043e\u043b\u044c\u043d\u0438\u0446 "
       "\u043d\u0430 \u0441\u0435\u0432\u0435\u0440\u0435 \u0441\u0442\u0440\u0430\u043d\u044b, "
       "\u0433\u0434\u0435 \u043c\u043d\u043e\u0433\u0438\u0435 \u043b\u044e\u0434\u0438 \u0436\u0434\u0443\u0442 "
       "\u0443\u0436\u0435 \u043c\u043d\u043e\u0433\u043e \u043b\u0435\u0442."},
  };
  return s;
}

}  // namespace

TEST(Language, SupportedList) {
  const auto& codes = newslib::supported_languages();
  EXPECT_EQ(codes.size(), 12u);
  for (const auto& c : codes) {
    EXPECT_TRUE(newslib::is_supported_language(c));
    EXPECT_NE(newslib::detail::stopwords_for(c), nullptr) << c;
    EXPECT_GE(newslib::detail::stopwords_for(c)->size(), 90u) << c;
  }
  EXPECT_FALSE(newslib::is_supported_language("zh"));
  EXPECT_FALSE(newslib::is_supported_language("EN"));
  EXPECT_FALSE(newslib::is_supported_language(""));
  EXPECT_EQ(newslib::detail::stopwords_for("xx"), nullptr);
}

TEST(Language, IdentifiesEachSupportedLanguage) {
  for (const auto& [code, text] : samples()) {
    const auto guess = identify_language(text);
    EXPECT_EQ(guess.code, code) << text;
    EXPECT_GT(guess.confidence, 0.2) << code;
    EXPECT_LE(guess.confidence, 1.0) << code;
  }
}

TEST(Language, LongerTextIsMoreCertain) {
  for (const auto& [code, text] : samples()) {
    std::string longer;
    for (int i = 0; i < 5; ++i) longer += text + "\n\n";
    const auto guess = identify_language(longer);
    EXPECT_EQ(guess.code, code);
    EXPECT_GE(guess.confidence, identify_language(text).confidence - 1e-9) << code;
  }
}

TEST(Language, UndeterminedText) {
  EXPECT_EQ(identify_language("").code, "und");
  EXPECT_EQ(identify_language("").confidence, 0.0);
  EXPECT_EQ(identify_language("Hello").code, "und");
  EXPECT_EQ(identify_language("2025-09-06 12:30 +++ ###").code, "und");
  // Chinese, Ukrainian and Polish are not supported languages.
  EXPECT_EQ(identify_language("\u653f\u5e9c\u5468\u4e8c\u5ba3\u5e03\u5c06\u63d0\u9ad8\u5927"
                              "\u516c\u53f8\u7684\u7a0e\u6536\u3002")
                .code,
            "und");
  EXPECT_EQ(identify_language("\u0423\u0440\u044f\u0434 \u0443 \u0432\u0456\u0432\u0442\u043e\u0440\u043e\u043a "
                              "\u043e\u0433\u043e\u043b\u043e\u0441\u0438\u0432, \u0449\u043e "
                              "\u043f\u0456\u0434\u0432\u0438\u0449\u0438\u0442\u044c "
                              "\u043f\u043e\u0434\u0430\u0442\u043a\u0438 \u0434\u043b\u044f "
                              "\u0432\u0435\u043b\u0438\u043a\u0438\u0445 \u043a\u043e\u043c\u043f\u0430\u043d\u0456\u0439.")
                .code,
            "und");
  EXPECT_EQ(identify_language("Rz\u0105d og\u0142osi\u0142 we wtorek, \u017ce podniesie podatki "
                              "dla du\u017cych firm. Wed\u0142ug urz\u0119dnik\u00f3w "
                              "pieni\u0105dze zostan\u0105 przeznaczone na budow\u0119 nowych "
                              "szk\u00f3\u0142 i szpitali na p\u00f3\u0142nocy kraju.")
                .code,
            "und");
  // Mostly numbers and names with one function word: too little to tell.
  EXPECT_EQ(identify_language("Smith 12, Jones 9, Brown 7 and Lee 3").code, "und");
}

TEST(Language, ReadsOnlyTheStartOfHugeText) {
  // 24 KB of German, then megabytes of English: only the start counts.
  std::string text;
  while (text.size() < 24 * 1024) text += samples()[1].second + "\n\n";
  while (text.size() < (8u << 20)) text += samples()[0].second + "\n\n";
  const auto start = std::chrono::steady_clock::now();
  const auto guess = identify_language(text);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_EQ(guess.code, "de");
  EXPECT_GT(guess.confidence, 0.9);
  EXPECT_LT(std::chrono::duration<double>(elapsed).count(), 0.5);
}

TEST(Language, RobustToOddBytes) {
  std::string nul("\0\0\0 the and of \0", 16);
  EXPECT_NO_THROW((void)identify_language(nul));
  // A sample boundary inside a multi-byte character.
  std::string text;
  while (text.size() < 30000) text += "\u00e9t\u00e9 ";
  EXPECT_NO_THROW((void)identify_language(text));
}

TEST(Language, SnowballStems) {
  using newslib::detail::language_id;
  std::string out;
  newslib::detail::snowball_stem(language_id("en"), "running", out);
  EXPECT_EQ(out, "run");
  newslib::detail::snowball_stem(language_id("de"), "h\u00e4user", out);
  EXPECT_EQ(out, "haus");
  newslib::detail::snowball_stem(language_id("sv"), "skolorna", out);
  EXPECT_EQ(out, "skol");
  newslib::detail::snowball_stem(newslib::detail::no_language, "running", out);
  EXPECT_EQ(out, "running");
  const std::string long_word(10000, 'a');
  newslib::detail::snowball_stem(language_id("en"), long_word, out);
  EXPECT_EQ(out, long_word);
}

TEST(Language, IdentifiesSharedDataArticlesAsEnglish) {
  const std::string path = shared_data::path("summarization/bbc_raw_dev50.jsonl");
  NEWSLIB_NEEDS_SHARED_DATA(path);
  std::ifstream in(path);
  std::string line;
  int n = 0, english = 0;
  while (std::getline(in, line)) {
    ++n;
    english += identify_language(line).code == "en";
  }
  // An empty file would pass the comparison below without testing anything.
  ASSERT_GT(n, 0) << path << " holds no articles";
  EXPECT_EQ(english, n);
}
