#include "summarize/learned_scorer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

#include "newslib/error.hpp"
#include "summarize/features.hpp"
#include "summarize/scratch.hpp"
#include "summarize/trigram_set.hpp"
#include "util/embedded_data.hpp"
#include "util/thread_cache.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

gbdt_model load_default_model() {
  const auto text = embedded_file("models/default.txt");
  if (!text) throw error("the default summarisation model (models/default.txt) is not built in");
  gbdt_model model = gbdt_model::parse(*text);
  if (model.feature_names() != sentence_feature_names()) {
    throw error("the default summarisation model was trained on other features than this build "
                "computes; retrain it with scripts/train_default.py");
  }
  return model;
}

// What demote_redundant reuses from one document to the next on a thread.
struct redundancy_workspace {
  std::vector<std::uint32_t> ids;     // word-like tokens' term ids, all sentences
  std::vector<std::size_t> starts;    // sentence s is ids[starts[s], starts[s + 1])
  std::vector<std::size_t> order;
  std::vector<std::size_t> kept;  // the first kept sentences, for by_meaning
  trigram_set seen;
};

}  // namespace

const gbdt_model& default_model() {
  static const gbdt_model model = load_default_model();
  return model;
}

std::vector<double> demote_redundant(const document& doc, std::vector<double> scores,
                                     const cosine_redundancy* by_meaning,
                                     const std::vector<char>& candidates) {
  const std::size_t n = std::min(scores.size(), doc.sentences().size());
  if (n == 0) return scores;
  redundancy_workspace& work = thread_cache<redundancy_workspace>::get();
  const auto& sentences = doc.sentences();
  const auto& tokens = doc.tokens();
  work.ids.clear();
  work.starts.resize(n + 1);
  std::size_t trigram_count = 0;
  for (std::size_t s = 0; s < n; ++s) {
    work.starts[s] = work.ids.size();
    const sentence& sent = sentences[s];
    const std::size_t end = std::min(tokens.size(), std::size_t{sent.first_token} + sent.token_count);
    for (std::size_t t = sent.first_token; t < end; ++t) {
      if (tokens[t].kind == token_kind::word || tokens[t].kind == token_kind::number) {
        work.ids.push_back(tokens[t].term);
      }
    }
    const std::size_t words = work.ids.size() - work.starts[s];
    trigram_count += words > 2 ? words - 2 : 0;
  }
  work.starts[n] = work.ids.size();

  work.order.resize(n);
  std::iota(work.order.begin(), work.order.end(), std::size_t{0});
  std::stable_sort(work.order.begin(), work.order.end(),
                   [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
  const auto [low, high] = std::minmax_element(scores.begin(), scores.begin() + long(n));
  const double shift = 1.0 + (*high - *low);

  work.seen.reset(trigram_count);
  work.kept.clear();
  const auto repeats_meaning = [&](std::size_t s) {
    return std::any_of(work.kept.begin(), work.kept.end(), [&](std::size_t k) {
      return by_meaning->cosines(s, k) > by_meaning->max_cosine;
    });
  };
  for (std::size_t s : work.order) {
    if (!candidates.empty() && candidates[s] == 0) continue;
    const std::size_t words = work.starts[s + 1] - work.starts[s];
    // Fewer than three words: no trigrams, so never repeats them.
    const std::size_t grams = words > 2 ? words - 2 : 0;
    const std::uint32_t* first = work.ids.data() + work.starts[s];
    std::size_t repeated = 0;
    for (std::size_t i = 0; i < grams; ++i) repeated += work.seen.contains(first + i);
    if ((grams > 0 && double(repeated) > redundant_trigram_share * double(grams)) ||
        (by_meaning != nullptr && repeats_meaning(s))) {
      scores[s] -= shift;
      continue;
    }
    for (std::size_t i = 0; i < grams; ++i) work.seen.insert(first + i);
    if (by_meaning != nullptr && work.kept.size() < redundancy_window) work.kept.push_back(s);
  }
  trim_scratch(work.ids);
  trim_scratch(work.starts);
  trim_scratch(work.order);
  trim_scratch(work.kept);
  work.seen.trim();
  return scores;
}

std::vector<double> score_learned_default(const scorer_context& context) {
  const gbdt_model& model = default_model();
  const pair_cosines cosines = feature_cosines(context.vectors);
  const feature_matrix features = compute_sentence_features(context.doc, context.vectors, cosines);
  const auto length_words = model.parameter("length_words");
  const auto length_exponent = model.parameter("length_exponent");
  const auto lead_boost = model.parameter("lead_boost");
  const auto lead_decay = model.parameter("lead_decay");
  const auto redundant_cosine = model.parameter("redundant_cosine");
  std::vector<double> scores(features.rows);
  model.probabilities(features.values.data(), features.rows, features.columns, scores.data());
  for (std::size_t s = 0; s < features.rows; ++s) {
    const double words = double(context.vectors.word_count(s));
    if (length_words && length_exponent && words > *length_words) {
      scores[s] *= std::pow(*length_words / words, *length_exponent);
    }
    if (lead_boost && lead_decay && *lead_decay > 0) {
      // Divided by 1 + b so that scores stay probabilities scaled down.
      scores[s] *= (1.0 + *lead_boost * std::exp(-double(s) / *lead_decay)) / (1.0 + *lead_boost);
    }
  }
  if (redundant_cosine) {
    const cosine_redundancy by_meaning{cosines, *redundant_cosine};
    return demote_redundant(context.doc, std::move(scores), &by_meaning, context.candidates);
  }
  return demote_redundant(context.doc, std::move(scores), nullptr, context.candidates);
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
