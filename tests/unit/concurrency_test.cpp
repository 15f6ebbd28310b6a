// Many threads at once parse, split, summarise (every algorithm), extract
// keywords, score ROUGE and read dates, starting together so that first-use
// initialisation (embedded data, models, ICU, per-thread caches) is raced too.
// Every result must equal the one computed afterwards on a single thread.
// scripts/sanitize.sh runs this test under ThreadSanitizer.
#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "newslib/newslib.hpp"

namespace {

const std::vector<std::string>& articles() {
  static const std::vector<std::string> texts = {
      "Harbour ferries halted by strike\n\n"
      "PORTLEVEN, March 3 (Newslib Wire) - Ferry crews walked out on Monday over pay, "
      "stranding hundreds of commuters on both banks of the estuary. The operator said "
      "talks would resume on Wednesday. Union officials said the offer of 2.5 per cent "
      "fell short of rising costs. Local shops reported fewer customers as queues grew "
      "at the road bridge. Ferry crews last struck in 2019, when services stopped for "
      "a week.\n\nThe council urged residents to share cars and to check the timetable "
      "before travelling. Buses will run every ten minutes until the dispute ends.\n",
      "City library reopens after flood repairs\n\nBy Ana Ruiz\n\n"
      "The central library reopened on Saturday, eight months after a burst main flooded "
      "its basement archive. Volunteers dried thousands of maps and letters by hand. "
      "About 1,400 visitors came through the doors on the first day. The archive will "
      "open to researchers in June. Staff said the new pumps would keep water out even "
      "in a record storm. The repairs cost the city $2.1 million, most of it covered by "
      "insurance.\n",
      "Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen. Die Schulen erhalten "
      "mehr Geld für Lehrkräfte. Die Opposition kritisierte die Pläne scharf. Eine "
      "Entscheidung über die Straßenbahn soll im Herbst fallen. Bürger können ihre "
      "Meinung bis Ende Mai einreichen.\n",
      "Городской совет утвердил новый бюджет во вторник. Школы получат больше денег на "
      "учителей. Оппозиция резко раскритиковала планы. Решение о трамвае примут осенью. "
      "Жители могут высказаться до конца мая.\n",
      "Storm warning for the coast. Winds of up to 120 km/h are expected tonight \xFF\xFE "
      "along the northern shore. Schools will close early. The weather service said "
      "the storm should pass by Thursday morning. Residents were told to tie down "
      "loose objects and stay indoors.\n",
  };
  return texts;
}

newslib::document parse(const std::string& text) {
  newslib::parse_options options;
  options.errors = newslib::utf8_errors::replace;
  return newslib::document(text, options);
}

// Everything computed for one article, as text, so results compare with ==.
std::string work_on(const std::string& text, const newslib::document& shared) {
  std::ostringstream out;
  const newslib::document doc = parse(text);
  out << doc.language().code << '|' << doc.sentences().size() << '|' << doc.tokens().size();
  for (const auto& t : doc.terms()) out << ' ' << t.stem;
  for (const auto& s : newslib::split_sentences(doc.text(), "en")) out << ' ' << s.begin;
  for (const auto& name : newslib::algorithms()) {
    newslib::summary_options options;
    options.algorithm = name;
    out << '\n' << name << ':' << newslib::summarize(doc, options).text;
    out << '\n' << name << "(shared):" << newslib::summarize(shared, options).text;
  }
  for (const auto& name : newslib::keyword_algorithms()) {
    newslib::keyword_options options;
    options.algorithm = name;
    for (const auto& k : newslib::keywords(doc, options)) out << '\n' << k.key << '=' << k.score;
  }
  const auto r = newslib::rouge(doc.text(), shared.text());
  out << '\n' << r.rouge1.f1 << ' ' << r.rouge2.f1 << ' ' << r.rougeL.f1 << ' ' << r.rougeLsum.f1;
  if (const auto d = doc.meta().date) out << '\n' << d->iso();
  if (const auto d = newslib::find_date(text)) out << '\n' << d->date.iso();
  return out.str();
}

TEST(Concurrency, EverythingAtOnceMatchesOneThread) {
  const std::size_t threads = 6;
  const std::size_t rounds = 2;
  const auto& texts = articles();
  // One document shared by every thread (documents are immutable values).
  const newslib::document shared = parse(texts[0]);

  std::mutex mutex;
  std::condition_variable start;
  bool go = false;
  std::vector<std::vector<std::string>> results(threads);
  std::vector<std::thread> pool;
  std::atomic<int> failures{0};
  for (std::size_t t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      {
        std::unique_lock<std::mutex> lock(mutex);
        start.wait(lock, [&] { return go; });
      }
      try {
        for (std::size_t round = 0; round < rounds; ++round) {
          // Threads visit the articles in different orders.
          for (std::size_t k = 0; k < texts.size(); ++k) {
            const std::size_t a = (k + t) % texts.size();
            results[t].push_back(std::to_string(a) + '#' + work_on(texts[a], shared));
          }
        }
      } catch (const std::exception&) {
        ++failures;
      }
    });
  }
  {
    std::lock_guard<std::mutex> lock(mutex);
    go = true;
  }
  start.notify_all();
  for (auto& th : pool) th.join();
  ASSERT_EQ(failures.load(), 0);

  std::vector<std::string> expected;
  for (std::size_t a = 0; a < texts.size(); ++a)
    expected.push_back(std::to_string(a) + '#' + work_on(texts[a], shared));
  for (std::size_t t = 0; t < threads; ++t) {
    ASSERT_EQ(results[t].size(), rounds * texts.size());
    for (std::size_t i = 0; i < results[t].size(); ++i) {
      const std::size_t a = (i % texts.size() + t) % texts.size();
      EXPECT_EQ(results[t][i], expected[a]) << "thread " << t << ", article " << a;
    }
  }
}

}  // namespace
