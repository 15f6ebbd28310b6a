// newslib::summarize: option checking, scoring through the registry, selection.
#include "newslib/summarize.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "newslib/error.hpp"
#include "summarize/candidates.hpp"
#include "summarize/scorer.hpp"
#include "summarize/selector.hpp"
#include "summarize/sentence_vectors.hpp"

NEWSLIB_BEGIN_NAMESPACE

namespace {

std::string algorithm_list() {
  std::string list;
  for (const auto& name : algorithms()) {
    if (!list.empty()) list += ", ";
    list += name;
  }
  return list;
}

const detail::scorer_info& resolve_summary_algorithm(std::string_view name) {
  const detail::scorer_info* info = detail::find_scorer(name);
  if (info == nullptr) {
    throw invalid_argument("algorithm", "unknown summarisation algorithm '" + std::string(name) +
                                            "'; expected one of: " + algorithm_list());
  }
  return *info;
}

std::string number(double value) {
  if (std::isnan(value)) return "NaN";
  std::string s = std::to_string(value);
  // Drop trailing zeros of the fixed notation ("2.500000" -> "2.5").
  if (s.find('.') != std::string::npos) {
    s.erase(s.find_last_not_of('0') + 1);
    if (s.back() == '.') s.pop_back();
  }
  return s;
}

void check_budget(const budget& length) {
  const double v = length.value;
  switch (length.kind) {
    case budget::unit::sentences:
    case budget::unit::words:
    case budget::unit::chars: {
      const char* name = length.kind == budget::unit::sentences ? "sentences"
                         : length.kind == budget::unit::words   ? "words"
                                                                : "chars";
      if (!(v >= 1) || std::isinf(v) || v != std::floor(v)) {
        throw invalid_argument(
            name, std::string(name) + " must be a whole number of at least 1, got " + number(v));
      }
      return;
    }
    case budget::unit::ratio:
      if (!(v > 0 && v <= 1)) {
        throw invalid_argument("ratio", "ratio must be in (0, 1], got " + number(v));
      }
      return;
  }
  throw invalid_argument("length", "budget unit must be sentences, ratio, words or chars");
}

void check_order(summary_order order) {
  if (order != summary_order::document && order != summary_order::score) {
    throw invalid_argument("order", "order must be document or score");
  }
}

// Scores must be finite for normalising and ranking: a non-finite score ranks
// below every finite one.
void sanitise(std::vector<double>& scores) {
  double lowest = 0;
  bool any = false;
  for (double s : scores) {
    if (std::isfinite(s)) {
      lowest = any ? std::min(lowest, s) : s;
      any = true;
    }
  }
  for (double& s : scores) {
    if (!std::isfinite(s)) s = lowest - 1;
  }
}

std::vector<double> run_scorer(const document& doc, const detail::sentence_vectors& vectors,
                               const std::vector<char>& candidates,
                               const detail::scorer_info& info) {
  const std::size_t n = doc.sentences().size();
  if (n == 0) return {};
  std::vector<double> scores = info.score(detail::scorer_context{doc, vectors, candidates});
  scores.resize(n, 0.0);
  sanitise(scores);
  return scores;
}

}  // namespace

const std::vector<std::string>& algorithms() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out{"default"};
    for (const auto& info : detail::scorer_registry()) out.emplace_back(info.name);
    return out;
  }();
  return names;
}

std::vector<double> score_sentences(const document& doc, std::string_view algorithm) {
  const detail::scorer_info& info = resolve_summary_algorithm(algorithm);
  if (doc.sentences().empty()) return {};
  const detail::sentence_vectors vectors(doc);
  return run_scorer(doc, vectors, detail::summary_candidates(doc, vectors), info);
}

void check_summary_options(const summary_options& options) {
  static_cast<void>(resolve_summary_algorithm(options.algorithm));
  check_budget(options.length);
  check_order(options.order);
  if (options.redundancy && !(*options.redundancy >= 0 && *options.redundancy <= 1)) {
    throw invalid_argument("redundancy",
                           "redundancy must be in [0, 1], got " + number(*options.redundancy));
  }
}

summary summarize(const document& doc, const summary_options& options) {
  check_summary_options(options);
  const detail::scorer_info& info = resolve_summary_algorithm(options.algorithm);

  summary result;
  result.algorithm = info.name;
  result.options = options;
  result.options.redundancy = options.redundancy.value_or(info.default_redundancy);
  if (doc.sentences().empty()) return result;

  const detail::sentence_vectors vectors(doc);
  const std::vector<char> candidates = detail::summary_candidates(doc, vectors);
  result.scores = run_scorer(doc, vectors, candidates, info);
  result.ranks = detail::rank_scores(result.scores);
  std::vector<std::size_t> chosen = detail::select_sentences(
      vectors, result.scores, options.length, *result.options.redundancy, candidates);
  if (options.order == summary_order::document) {
    std::sort(chosen.begin(), chosen.end());
  } else {
    std::sort(chosen.begin(), chosen.end(),
              [&](std::size_t a, std::size_t b) { return result.ranks[a] < result.ranks[b]; });
  }
  for (std::size_t s : chosen) {
    const sentence& sent = doc.sentences()[s];
    result.selected.push_back({s, sent.bytes, result.scores[s], result.ranks[s]});
    if (result.selected.size() > 1) result.text += '\n';
    result.text += doc.sentence_text(s);
  }
  return result;
}

NEWSLIB_END_NAMESPACE
