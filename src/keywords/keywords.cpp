#include "newslib/keywords.hpp"

#include <string>
#include <utility>

#include "keywords/phrase_finder.hpp"
#include "keywords/phrase_selection.hpp"
#include "keywords/textrank_keyphrases.hpp"
#include "keywords/yake_keyphrases.hpp"
#include "newslib/error.hpp"

namespace newslib {
namespace {

// "default" is YAKE: on news it finds more of what the reference summaries
// mention (docs/keywords.md has the comparison), and its casing and position
// features suit articles, whose names are capitalised and whose lead matters.
constexpr const char* default_algorithm = "yake";

// YAKE's own deduplication threshold.
constexpr double yake_max_similarity = 0.9;

}  // namespace

const std::vector<std::string>& keyword_algorithms() {
  static const std::vector<std::string> names{"textrank", "yake", "default"};
  return names;
}

void check_keyword_options(const keyword_options& options) {
  if (options.algorithm != "default" && options.algorithm != "textrank" &&
      options.algorithm != "yake") {
    throw invalid_argument("algorithm", "unknown keyword algorithm \"" + options.algorithm +
                                            "\" (expected textrank, yake or default)");
  }
}

std::vector<keyword> keywords(const document& doc, const keyword_options& options) {
  check_keyword_options(options);
  std::string algorithm = options.algorithm;
  if (algorithm == "default") algorithm = default_algorithm;
  if (options.top == 0) return {};

  const detail::phrase_finder finder(doc);
  detail::selection_options selection;
  selection.top = options.top;
  std::vector<detail::scored_phrase> candidates;
  if (algorithm == "textrank") {
    candidates = detail::textrank_keyphrases(doc, finder, options.top);
  } else {
    candidates = detail::yake_keyphrases(doc, finder);
    selection.max_similarity = yake_max_similarity;
  }
  const std::vector<detail::scored_phrase> chosen =
      detail::select_phrases(std::move(candidates), finder, selection);

  const auto& tokens = doc.tokens();
  std::vector<keyword> out;
  out.reserve(chosen.size());
  for (const detail::scored_phrase& p : chosen) {
    keyword k;
    k.key = finder.key(p.stems);
    k.score = p.score;
    for (const std::size_t first : finder.occurrences(p.stems)) {
      k.occurrences.push_back({tokens[first].begin, tokens[first + p.stems.size() - 1].end});
    }
    const std::size_t last = p.first_token + p.stems.size() - 1;
    k.text = std::string(doc.slice({tokens[p.first_token].begin, tokens[last].end}));
    out.push_back(std::move(k));
  }
  return out;
}

}  // namespace newslib
