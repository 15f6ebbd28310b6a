#include "newslib/keywords.hpp"

#include <string>
#include <utility>

#include "keywords/phrase_finder.hpp"
#include "keywords/phrase_selection.hpp"
#include "keywords/textrank_keyphrases.hpp"
#include "keywords/tfidf_keyphrases.hpp"
#include "keywords/yake_keyphrases.hpp"
#include "newslib/error.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace {

// "default" is tf-idf with the news signals (position, headline): on news
// keyphrase collections it finds more of what editors tag than YAKE or
// TextRank (docs/keywords.md and docs/benchmarks.md have the comparison).
constexpr const char* default_algorithm = "tfidf";

// TextRank's keyword vertices: the best third, but at least this many. A
// constant, not `top`: the phrases, and so the list, must not depend on it.
constexpr std::size_t textrank_min_keywords = 10;

// YAKE's own deduplication threshold.
constexpr double yake_max_similarity = 0.9;

std::string resolve_keyword_algorithm(const keyword_options& options) {
  std::string algorithm = options.algorithm;
  if (algorithm == "default") algorithm = default_algorithm;
  if (algorithm != "textrank" && algorithm != "yake" && algorithm != "tfidf") {
    throw invalid_argument("algorithm", "unknown keyword algorithm \"" + options.algorithm +
                                            "\" (expected tfidf, textrank, yake or default)");
  }
  return algorithm;
}

std::vector<keyword> run(const document& doc, const keyword_options& options,
                         const std::string& algorithm, const keyword_corpus* corpus) {
  if (options.top == 0) return {};
  const detail::phrase_finder finder(doc);
  detail::selection_options selection;
  selection.top = options.top;
  std::vector<detail::scored_phrase> candidates;
  if (algorithm == "textrank") {
    candidates = detail::textrank_keyphrases(doc, finder, textrank_min_keywords);
  } else if (algorithm == "yake") {
    candidates = detail::yake_keyphrases(doc, finder);
    selection.max_similarity = yake_max_similarity;
  } else {
    candidates = detail::tfidf_keyphrases(finder, corpus);
  }
  const std::vector<detail::scored_phrase> chosen =
      detail::select_phrases(std::move(candidates), finder, selection);

  std::vector<keyword> out;
  out.reserve(chosen.size());
  for (const detail::scored_phrase& p : chosen) {
    keyword k;
    k.key = finder.key(p.stems);
    k.score = p.score;
    for (const std::size_t first : finder.occurrences(p.stems)) {
      k.occurrences.push_back(finder.shown(first, p.stems.size()));
    }
    k.text = std::string(doc.slice(finder.shown(p.first_token, p.stems.size())));
    out.push_back(std::move(k));
  }
  return out;
}

}  // namespace

void keyword_corpus::add(const document& doc) {
  ++documents_;
  const detail::phrase_finder finder(doc);
  for (std::string& key : detail::candidate_keys(finder)) ++frequency_[std::move(key)];
}

void keyword_corpus::merge(const keyword_corpus& other) {
  documents_ += other.documents_;
  for (const auto& [key, n] : other.frequency_) frequency_[key] += n;
}

std::size_t keyword_corpus::frequency(const std::string& key) const noexcept {
  const auto it = frequency_.find(key);
  return it == frequency_.end() ? 0 : it->second;
}

const std::vector<std::string>& keyword_algorithms() {
  static const std::vector<std::string> names{"tfidf", "textrank", "yake", "default"};
  return names;
}

void check_keyword_options(const keyword_options& options) { (void)resolve_keyword_algorithm(options); }

std::vector<keyword> keywords(const document& doc, const keyword_options& options) {
  return run(doc, options, resolve_keyword_algorithm(options), nullptr);
}

std::vector<keyword> keywords(const document& doc, const keyword_corpus& corpus,
                              const keyword_options& options) {
  const std::string algorithm = resolve_keyword_algorithm(options);
  if (algorithm != "tfidf") {
    throw invalid_argument("algorithm", "a keyword corpus weights the tfidf algorithm only, not \"" +
                                            options.algorithm + "\"");
  }
  return run(doc, options, algorithm, &corpus);
}

NEWSLIB_END_NAMESPACE
