// newslib::release_thread_caches() drops the calling thread's caches and
// nothing else: results stay the same, documents made before it keep working,
// and each cache is made again on its next use.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "newslib/newslib.hpp"
#include "util/thread_cache.hpp"

namespace {

const std::vector<std::string> texts = {
    "Harbour ferries halted by strike\n\nPORTLEVEN, March 3 (Newslib Wire) - Ferry crews "
    "walked out on Monday over pay. The operator said talks would resume on Wednesday. "
    "Union officials said the offer fell short of rising costs. Ferry crews last struck "
    "in 2019, when services stopped for a week.\n",
    "Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen. Die Schulen erhalten "
    "mehr Geld für Lehrkräfte. Die Opposition kritisierte die Pläne scharf. Eine "
    "Entscheidung über die Straßenbahn soll im Herbst fallen.\n",
    "Городской совет утвердил новый бюджет во вторник. Школы получат больше денег на "
    "учителей. Оппозиция резко раскритиковала планы. Решение о трамвае примут осенью.\n",
};

// Everything the caches take part in, as text.
std::string work_on(const newslib::document& doc) {
  std::ostringstream out;
  out << doc.language().code << '|' << doc.tokens().size();
  for (const auto& t : doc.terms()) out << ' ' << t.key << '/' << t.stem;
  for (const auto& name : newslib::algorithms()) {
    newslib::summary_options options;
    options.algorithm = name;
    out << '\n' << name << ':' << newslib::summarize(doc, options).text;
  }
  for (const auto& name : newslib::keyword_algorithms()) {
    newslib::keyword_options options;
    options.algorithm = name;
    for (const auto& k : newslib::keywords(doc, options)) out << '\n' << k.key << '=' << k.score;
  }
  return out.str();
}

std::vector<std::string> run_all(const std::vector<newslib::document>& docs, bool release) {
  std::vector<std::string> out;
  for (const auto& doc : docs) {
    out.push_back(work_on(doc) + "|" + work_on(newslib::document(doc.text())));
    if (release) newslib::release_thread_caches();
  }
  return out;
}

// A cache that counts how many instances live.
struct counted {
  static inline int alive = 0;
  counted() { ++alive; }
  ~counted() { --alive; }
  int uses = 0;
};

}  // namespace

TEST(ThreadCaches, ReleaseChangesNoResult) {
  std::vector<newslib::document> docs;
  for (const auto& t : texts) docs.emplace_back(t);
  const std::vector<std::string> warm = run_all(docs, false);
  newslib::release_thread_caches();
  // Documents parsed before the release, and new ones, give the same results,
  // also when every document starts with empty caches.
  EXPECT_EQ(run_all(docs, true), warm);
  EXPECT_EQ(run_all(docs, false), warm);
}

TEST(ThreadCaches, ReleaseDropsOnlyTheCallingThreadsCaches) {
  using newslib::detail::thread_cache;
  thread_cache<counted>::get().uses = 5;
  EXPECT_EQ(counted::alive, 1);
  std::thread other([] {
    EXPECT_EQ(thread_cache<counted>::get().uses, 0);  // its own instance
    EXPECT_EQ(counted::alive, 2);
    newslib::release_thread_caches();
    EXPECT_EQ(counted::alive, 1);
    newslib::release_thread_caches();  // nothing left to drop
  });
  other.join();
  EXPECT_EQ(thread_cache<counted>::get().uses, 5);  // untouched by the other thread
  newslib::release_thread_caches();
  EXPECT_EQ(counted::alive, 0);
  EXPECT_EQ(thread_cache<counted>::get().uses, 0);  // made again on next use
  EXPECT_EQ(counted::alive, 1);
  newslib::release_thread_caches();
  EXPECT_EQ(counted::alive, 0);
}
