#include "summarize/learned_scorer.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <unordered_set>

#include "embedded_data.hpp"
#include "newslib/error.hpp"
#include "summarize/features.hpp"

namespace newslib::detail {
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

using trigram = std::array<std::uint32_t, 3>;

struct trigram_hash {
  std::size_t operator()(const trigram& g) const noexcept {
    std::uint64_t h = 0x9E3779B97F4A7C15ull;
    for (std::uint32_t id : g) {
      h ^= id;
      h *= 0xC2B2AE3D27D4EB4Full;
      h ^= h >> 31;
    }
    return static_cast<std::size_t>(h);
  }
};

std::vector<trigram> sentence_trigrams(const document& doc, const sentence& sent) {
  const auto& tokens = doc.tokens();
  std::vector<std::uint32_t> ids;
  const std::size_t end = std::min(tokens.size(), sent.first_token + sent.token_count);
  for (std::size_t t = sent.first_token; t < end; ++t) {
    if (tokens[t].kind == token_kind::word || tokens[t].kind == token_kind::number) {
      ids.push_back(tokens[t].term);
    }
  }
  std::vector<trigram> out;
  for (std::size_t i = 0; i + 2 < ids.size(); ++i) out.push_back({ids[i], ids[i + 1], ids[i + 2]});
  return out;
}

}  // namespace

const gbdt_model& default_model() {
  static const gbdt_model model = load_default_model();
  return model;
}

std::vector<double> demote_redundant(const document& doc, std::vector<double> scores) {
  const std::size_t n = std::min(scores.size(), doc.sentences().size());
  if (n == 0) return scores;
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
  const auto [low, high] = std::minmax_element(scores.begin(), scores.begin() + long(n));
  const double shift = 1.0 + (*high - *low);

  std::unordered_set<trigram, trigram_hash> seen;
  for (std::size_t s : order) {
    const std::vector<trigram> grams = sentence_trigrams(doc, doc.sentences()[s]);
    std::size_t repeated = 0;
    for (const trigram& g : grams) repeated += seen.count(g);
    if (!grams.empty() && double(repeated) > redundant_trigram_share * double(grams.size())) {
      scores[s] -= shift;
      continue;
    }
    seen.insert(grams.begin(), grams.end());
  }
  return scores;
}

std::vector<double> score_learned_default(const scorer_context& context) {
  const gbdt_model& model = default_model();
  const feature_matrix features = compute_sentence_features(context.doc, context.vectors);
  const auto length_words = model.parameter("length_words");
  const auto length_exponent = model.parameter("length_exponent");
  std::vector<double> scores(features.rows);
  for (std::size_t s = 0; s < features.rows; ++s) {
    scores[s] = model.probability(features.row(s));
    const double words = double(context.vectors.word_count(s));
    if (length_words && length_exponent && words > *length_words) {
      scores[s] *= std::pow(*length_words / words, *length_exponent);
    }
  }
  return demote_redundant(context.doc, std::move(scores));
}

}  // namespace newslib::detail
