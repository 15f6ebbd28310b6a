// Sentence segmentation: one example per rule, span properties, hostile inputs,
// and the English Golden Rules when the shared data is present.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "newslib/error.hpp"
#include "newslib/segment.hpp"
#include "segment/sentence_splitter.hpp"
#include "shared_data.hpp"

namespace {

std::vector<std::string> split(const std::string& text, const char* lang = "en") {
  std::vector<std::string> out;
  for (const auto sp : newslib::split_sentences(text, lang))
    out.push_back(text.substr(sp.begin, sp.size()));
  return out;
}

using strings = std::vector<std::string>;

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Spans are in range, ordered, non-overlapping, trimmed and non-empty, and
// only whitespace lies between them.
void expect_well_formed(const std::string& text, const std::vector<newslib::span>& spans) {
  std::size_t prev = 0;
  for (const auto sp : spans) {
    ASSERT_LE(prev, sp.begin);
    ASSERT_LT(sp.begin, sp.end);
    ASSERT_LE(sp.end, text.size());
    EXPECT_FALSE(is_ascii_space(text[sp.begin]));
    EXPECT_FALSE(is_ascii_space(text[sp.end - 1]));
    for (std::size_t i = prev; i < sp.begin; ++i)
      ASSERT_TRUE(is_ascii_space(text[i]) || static_cast<unsigned char>(text[i]) >= 0x80)
          << "non-space between sentences at " << i;
    prev = sp.end;
  }
  for (std::size_t i = prev; i < text.size(); ++i)
    ASSERT_TRUE(is_ascii_space(text[i]) || static_cast<unsigned char>(text[i]) >= 0x80);
}

TEST(Segment, PlainSentences) {
  EXPECT_EQ(split("The river rose overnight. Residents left their homes! Will it rain again?"),
            (strings{"The river rose overnight.", "Residents left their homes!",
                     "Will it rain again?"}));
  EXPECT_TRUE(split("").empty());
  EXPECT_TRUE(split(" \n\t ").empty());
  EXPECT_EQ(split("No final mark here"), (strings{"No final mark here"}));
}

TEST(Segment, TitlesAndAbbreviations) {
  EXPECT_EQ(split("Mr. Okafor met Dr. Lindqvist and Gen. Alvarez on Sept. 3."),
            (strings{"Mr. Okafor met Dr. Lindqvist and Gen. Alvarez on Sept. 3."}));
  EXPECT_EQ(split("The talks moved to No. 10 Downing Street on Tuesday."),
            (strings{"The talks moved to No. 10 Downing Street on Tuesday."}));
  EXPECT_EQ(split("Exports to the U.S. fell sharply. The U.N. Security Council met later."),
            (strings{"Exports to the U.S. fell sharply.", "The U.N. Security Council met later."}));
  EXPECT_EQ(split("The grant went to the U.S. Navy base. Officials left for the U.S. They "
                  "return in May."),
            (strings{"The grant went to the U.S. Navy base.", "Officials left for the U.S.",
                     "They return in May."}));
  EXPECT_EQ(split("Shares of Brightwater Corp. rose. Brightwater Corp. Chairman Ito spoke."),
            (strings{"Shares of Brightwater Corp. rose.",
                     "Brightwater Corp. Chairman Ito spoke."}));
  EXPECT_EQ(split("Bring fruit, e.g. apples or pears, to the picnic."),
            (strings{"Bring fruit, e.g. apples or pears, to the picnic."}));
}

TEST(Segment, Initials) {
  EXPECT_EQ(split("She reread J. R. R. Tolkien on the train. Then she slept."),
            (strings{"She reread J. R. R. Tolkien on the train.", "Then she slept."}));
  EXPECT_EQ(split("It was just the two of us, Maria and I. Nobody else came."),
            (strings{"It was just the two of us, Maria and I.", "Nobody else came."}));
}

TEST(Segment, NumbersMoneyAndTimes) {
  EXPECT_EQ(split("Fuel costs $3.49 a gallon. It cost 2.5 times less in 1999."),
            (strings{"Fuel costs $3.49 a gallon.", "It cost 2.5 times less in 1999."}));
  EXPECT_EQ(split("The vote closed at 5 p.m. Counting began an hour later."),
            (strings{"The vote closed at 5 p.m.", "Counting began an hour later."}));
  EXPECT_EQ(split("By 9 a.m. Ms. Reyes had arrived at the court."),
            (strings{"By 9 a.m. Ms. Reyes had arrived at the court."}));
  EXPECT_EQ(split("The team scored 112. Its rival scored 98."),
            (strings{"The team scored 112.", "Its rival scored 98."}));
}

TEST(Segment, Ellipses) {
  EXPECT_EQ(split("He paused... Then the crowd cheered."),
            (strings{"He paused...", "Then the crowd cheered."}));
  EXPECT_EQ(split("It was, well... complicated, she said."),
            (strings{"It was, well... complicated, she said."}));
  EXPECT_EQ(split("The memo read \"we will act . . . without delay\" in bold."),
            (strings{"The memo read \"we will act . . . without delay\" in bold."}));
  EXPECT_EQ(split("Wait\u2026 Who sent this?"), (strings{"Wait\u2026", "Who sent this?"}));
}

TEST(Segment, Quotations) {
  EXPECT_EQ(split("He said, \"Stop.\" Then he left the room."),
            (strings{"He said, \"Stop.\"", "Then he left the room."}));
  EXPECT_EQ(split("\"Why?\" he asked."), (strings{"\"Why?\" he asked."}));
  EXPECT_EQ(split("\"We are still considering it. The sooner the better,\" she said."),
            (strings{"\"We are still considering it.", "The sooner the better,\" she said."}));
  EXPECT_EQ(split("\u201cIs it over?\u201d she wondered. \u201cYes.\u201d"),
            (strings{"\u201cIs it over?\u201d she wondered.", "\u201cYes.\u201d"}));
  // A quoted passage followed by its source is one cited sentence.
  EXPECT_EQ(split("\"The sea was calm. Nobody spoke.\" (Harlow 12). Critics agreed."),
            (strings{"\"The sea was calm. Nobody spoke.\" (Harlow 12).", "Critics agreed."}));
  EXPECT_EQ(split("She quoted the note: 'Back soon.' It was signed by Ana."),
            (strings{"She quoted the note: 'Back soon.'", "It was signed by Ana."}));
}

TEST(Segment, Brackets) {
  EXPECT_EQ(split("The council (it met twice. Both times it adjourned.) made no decision."),
            (strings{"The council (it met twice. Both times it adjourned.) made no decision."}));
  EXPECT_EQ(split("Growth slowed (see chart.) in March."),
            (strings{"Growth slowed (see chart.) in March."}));
  EXPECT_EQ(split("Prices rose. (Figures are provisional.) Analysts were surprised."),
            (strings{"Prices rose.", "(Figures are provisional.)", "Analysts were surprised."}));
}

TEST(Segment, UrlsAndEmails) {
  EXPECT_EQ(split("Details are at https://news.example.org/a/b.html. Write to desk@example.org. "
                  "Thanks."),
            (strings{"Details are at https://news.example.org/a/b.html.",
                     "Write to desk@example.org.", "Thanks."}));
  EXPECT_EQ(split("Visit www.example.com for more."), (strings{"Visit www.example.com for more."}));
}

TEST(Segment, ListsAndBullets) {
  EXPECT_EQ(split("1. Pack the bags 2. Lock the door 3. Leave"),
            (strings{"1. Pack the bags", "2. Lock the door", "3. Leave"}));
  EXPECT_EQ(split("a) red b) green c) blue"), (strings{"a) red", "b) green", "c) blue"}));
  EXPECT_EQ(split("\u2022 First point \u2022 Second point"),
            (strings{"\u2022 First point", "\u2022 Second point"}));
  EXPECT_EQ(split("Steps:\n- Check the gauge\n- Open the valve"),
            (strings{"Steps:", "- Check the gauge", "- Open the valve"}));
  EXPECT_EQ(split("(i) Heat the pan.\n(ii) Add oil."), (strings{"(i) Heat the pan.", "(ii) Add oil."}));
}

TEST(Segment, HeadlinesDatelinesAndWrappedLines) {
  EXPECT_EQ(split("Floods Close Schools Across the Region\nHeavy rain forced schools to close on "
                  "Monday, officials said."),
            (strings{"Floods Close Schools Across the Region",
                     "Heavy rain forced schools to close on Monday, officials said."}));
  // A single newline inside a sentence is a wrap, not a boundary.
  EXPECT_EQ(split("The committee said the new rules would take effect next year after a long\n"
                  "review by regulators. It gave no further details about the\n"
                  "timetable or the costs involved for smaller companies."),
            (strings{"The committee said the new rules would take effect next year after a long\n"
                     "review by regulators.",
                     "It gave no further details about the\n"
                     "timetable or the costs involved for smaller companies."}));
  // Wrapped runs of names, numbers and dashes stay inside their sentence.
  EXPECT_EQ(split("The jury heard from Anna Kowalski, Tomas Berg, Lena Fischer and Omar\n"
                  "Haddad before the recess. Prosecutors said the loss reached about\n"
                  "12. Million-dollar claims came later - in the spring of that year\n"
                  "- from investors in three countries."),
            (strings{"The jury heard from Anna Kowalski, Tomas Berg, Lena Fischer and Omar\n"
                     "Haddad before the recess.",
                     "Prosecutors said the loss reached about\n12.",
                     "Million-dollar claims came later - in the spring of that year\n"
                     "- from investors in three countries."}));
  // A blank line always ends a sentence.
  EXPECT_EQ(split("Tuesday, March 4\n\nthe market opened lower"),
            (strings{"Tuesday, March 4", "the market opened lower"}));
}

TEST(Segment, TokenizedText) {
  EXPECT_EQ(split("the dog barked . then it stopped ."),
            (strings{"the dog barked .", "then it stopped ."}));
  EXPECT_EQ(split("`` we will win , '' he said . `` no doubt . ''"),
            (strings{"`` we will win , '' he said .", "`` no doubt . ''"}));
  // Hard-wrapped: a closing quote that the wrap moved to the next line stays
  // with its sentence, with LF or CR LF line ends.
  const std::string wrapped =
      "first the mayor spoke at length about the plans for the harbour , and said\n"
      "`` we will build it this year , whatever the cost to the city turns out to be .\n"
      "'' then the council voted on the plans .";
  EXPECT_EQ(split(wrapped),
            (strings{"first the mayor spoke at length about the plans for the harbour , and "
                     "said\n`` we will build it this year , whatever the cost to the city turns "
                     "out to be .\n''",
                     "then the council voted on the plans ."}));
  std::string crlf;
  for (char c : wrapped) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  EXPECT_EQ(split(crlf).size(), 2u);
  EXPECT_EQ(split(crlf)[1], "then the council voted on the plans .");
  // A blank line is a paragraph break, not a wrap: the quote starts the next block.
  EXPECT_EQ(split("it ended .\n\n'' fine , '' she said ."),
            (strings{"it ended .", "'' fine , '' she said ."}));
}

TEST(Segment, OtherScripts) {
  EXPECT_EQ(split("\u4eca\u5929\u4e0b\u96e8\u3002\u4f60\u53bb\u5417\uff1f\u597d\uff01", "zh"),
            (strings{"\u4eca\u5929\u4e0b\u96e8\u3002", "\u4f60\u53bb\u5417\uff1f", "\u597d\uff01"}));
  EXPECT_EQ(split("\u0647\u0644 \u062a\u0623\u062a\u064a\u061f \u0646\u0639\u0645.", "ar"),
            (strings{"\u0647\u0644 \u062a\u0623\u062a\u064a\u061f", "\u0646\u0639\u0645."}));
  EXPECT_EQ(split("\u06cc\u06c1 \u0679\u06be\u06cc\u06a9 \u06c1\u06d2\u06d4 \u0622\u067e "
                  "\u06a9\u06cc\u0633\u06d2 \u06c1\u06cc\u06ba\u061f",
                  "ur"),
            (strings{"\u06cc\u06c1 \u0679\u06be\u06cc\u06a9 \u06c1\u06d2\u06d4",
                     "\u0622\u067e \u06a9\u06cc\u0633\u06d2 \u06c1\u06cc\u06ba\u061f"}));
  EXPECT_EQ(split("\u0935\u0939 \u0906\u092f\u093e\u0964 \u0939\u092e \u0917\u090f\u0964", "hi"),
            (strings{"\u0935\u0939 \u0906\u092f\u093e\u0964", "\u0939\u092e \u0917\u090f\u0964"}));
  EXPECT_EQ(split("\u0531\u0575\u0578\u0589 \u0548\u0579\u0589", "hy"),
            (strings{"\u0531\u0575\u0578\u0589", "\u0548\u0579\u0589"}));
  EXPECT_EQ(split("\u03a0\u03bf\u03cd \u03b5\u03af\u03c3\u03b1\u03b9; \u0395\u03b4\u03ce.", "el"),
            (strings{"\u03a0\u03bf\u03cd \u03b5\u03af\u03c3\u03b1\u03b9;", "\u0395\u03b4\u03ce."}));
  EXPECT_EQ(split("\u1230\u120b\u121d\u1362\u12f0\u1205\u1293\u1362", "am"),
            (strings{"\u1230\u120b\u121d\u1362", "\u12f0\u1205\u1293\u1362"}));
  EXPECT_EQ(split("\u1019\u1004\u103a\u1039\u1002\u101c\u102c\u104b\u1014\u1031\u1000\u1031\u102c"
                  "\u1004\u103a\u1038\u101c\u102c\u1038\u104b",
                  "my"),
            (strings{"\u1019\u1004\u103a\u1039\u1002\u101c\u102c\u104b",
                     "\u1014\u1031\u1000\u1031\u102c\u1004\u103a\u1038\u101c\u102c\u1038\u104b"}));
}

TEST(Segment, PerLanguageAbbreviations) {
  EXPECT_EQ(split("Er kam am 3. Oktober z. B. mit Dr. Weber. Danach ging er.", "de"),
            (strings{"Er kam am 3. Oktober z. B. mit Dr. Weber.", "Danach ging er."}));
  EXPECT_EQ(split("La Sra. Molina llegó. ¿Vendrás mañana?", "es"),
            (strings{"La Sra. Molina llegó.", "¿Vendrás mañana?"}));
  EXPECT_EQ(split("Il Dott. Neri è arrivato. Poi è partito.", "it"),
            (strings{"Il Dott. Neri è arrivato.", "Poi è partito."}));
  EXPECT_EQ(split("M. Durand est parti. Il reviendra.", "fr"),
            (strings{"M. Durand est parti.", "Il reviendra."}));
  EXPECT_EQ(split("Проф. Иванов приехал в 2010 г. в Москву. Он остался.", "ru"),
            (strings{"Проф. Иванов приехал в 2010 г. в Москву.", "Он остался."}));
  EXPECT_EQ(split("Han kom bl.a. med toget. Det var sent.", "da"),
            (strings{"Han kom bl.a. med toget.", "Det var sent."}));
  // Unknown languages use the generic rules.
  EXPECT_EQ(split("One thing. Another thing.", "xx"), (strings{"One thing.", "Another thing."}));
  EXPECT_EQ(split("Mr. Lee met Dr. Kim. They spoke.", "en-GB"),
            (strings{"Mr. Lee met Dr. Kim.", "They spoke."}));
}

TEST(Segment, SplitterWorksOnSubranges) {
  const std::string text = "Skip this. Take this one. And this. Not this.";
  const auto& splitter = newslib::detail::sentence_splitter_for("en");
  std::vector<newslib::span> out;
  splitter.split(text, newslib::span{11, 35}, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(text.substr(out[0].begin, out[0].size()), "Take this one.");
  EXPECT_EQ(text.substr(out[1].begin, out[1].size()), "And this.");
  // The shared instance is built once per language.
  EXPECT_EQ(&splitter, &newslib::detail::sentence_splitter_for("en"));
}

TEST(Segment, RejectsInvalidUtf8) {
  EXPECT_THROW((void)newslib::split_sentences(std::string("ok\xff"), "en"), newslib::invalid_utf8);
}

TEST(Segment, SpansAreWellFormedOnRandomText) {
  // Random mixes of the characters the rules react to.
  const std::vector<std::string> pieces = {
      "word", "Word", " ", " ", "\n", "\n\n", ".", "!", "?", "...", "\"", "'", "(", ")", "[",
      "]", "Mr.", "U.S.", "3.5", "1.", "a)", "\u2022", "\u3002", "\u201c", "\u201d", "\u2026",
      "\u00a0", "\t", "p.m.", "e.g.", "\r\n", "-", "\u00bf", "\u061f", "\u0964", ":", ";"};
  std::mt19937 rng(12345);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  for (int round = 0; round < 400; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 60);
    for (int k = 0; k < n; ++k) text += pieces[pick(rng)];
    for (const char* lang : {"en", "de", "ar", "hy", "el", "zh", "xx"}) {
      const auto spans = newslib::split_sentences(text, lang);
      expect_well_formed(text, spans);
    }
  }
}

TEST(Segment, HostileInputsStayLinear) {
  using clock = std::chrono::steady_clock;
  // Sanitizer builds (instrumented) run several times slower: the
  // bound only has to catch a quadratic blow-up there.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)  // GCC
  const auto limit = std::chrono::seconds(900);
#elif defined(__has_feature)  // clang
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
  const auto limit = std::chrono::seconds(900);
#else
  const auto limit = std::chrono::seconds(60);
#endif
#else
  const auto limit = std::chrono::seconds(60);
#endif
  const auto start = clock::now();
  // One 10 MB token.
  const std::string token(10u << 20, 'a');
  EXPECT_EQ(newslib::split_sentences(token, "en").size(), 1u);
  // 10 MB of periods, and of ". " pairs.
  EXPECT_FALSE(newslib::split_sentences(std::string(10u << 20, '.'), "en").empty());
  std::string dots;
  for (int i = 0; i < (5 << 20); ++i) dots += ". ";
  expect_well_formed(dots, newslib::split_sentences(dots, "en"));
  // NUL bytes and right-to-left text.
  std::string nul("Al\0pha. Beta.\0 Gamma", 21);
  EXPECT_EQ(split(nul), (strings{std::string("Al\0pha.", 7), std::string("Beta.\0 Gamma", 13)}));
  const std::string rtl = "\u05e9\u05dc\u05d5\u05dd. \u202b\u05e2\u05d5\u05dc\u05dd\u202c!";
  expect_well_formed(rtl, newslib::split_sentences(rtl, "he"));
  // 1,000,000 tiny sentences.
  std::string tiny;
  for (int i = 0; i < 1000000; ++i) tiny += "Go. ";
  EXPECT_EQ(newslib::split_sentences(tiny, "en").size(), 1000000u);
  // Deep nesting of quotes and brackets.
  std::string nested;
  for (int i = 0; i < 200000; ++i) nested += "(\"[";
  nested += "Inside. Still inside.";
  for (int i = 0; i < 200000; ++i) nested += "]\")";
  expect_well_formed(nested, newslib::split_sentences(nested, "en"));
  // Many cited quotations and short parentheses in one paragraph.
  std::string cited;
  for (int i = 0; i < 200000; ++i) cited += "\"Go. Stop.\" (Ref 1). Then (a. b.) go. ";
  expect_well_formed(cited, newslib::split_sentences(cited, "en"));
  // 100 MB of ordinary text.
  std::string big;
  big.reserve(100u << 20);
  while (big.size() < (100u << 20))
    big += "The mayor, Mr. Diaz, spoke at 5 p.m. on Jan. 4. Voters listened (quietly).\n";
  const auto spans = newslib::split_sentences(big, "en");
  EXPECT_GT(spans.size(), 1000000u);
  EXPECT_LT(clock::now() - start, limit);
}

TEST(Segment, SharedDataGoldenRules) {
  const std::string file = shared_data::path("sbd/golden_rules_en.jsonl");
  NEWSLIB_NEEDS_SHARED_DATA(file);
  std::ifstream in(file);
  std::string line;
  int cases = 0, passed = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    const std::string text = j.at("text").get<std::string>();
    strings want;
    for (const auto& s : j.at("sentences")) want.push_back(s.get<std::string>());
    const auto got = split(text);
    ++cases;
    if (got == want) ++passed;
    else ADD_FAILURE() << "golden rule failed: " << text;
  }
  EXPECT_EQ(cases, 48);
  EXPECT_EQ(passed, 48);
}

}  // namespace
