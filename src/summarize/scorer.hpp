// The summariser's sentence scorers and their registry.
#pragma once

#include <string_view>
#include <vector>

#include "newslib/document.hpp"
#include "summarize/sentence_vectors.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// What a scorer gets: the document, the term vectors computed once for it, and
/// which sentences a summary may select (`summary_candidates`; empty: all).
struct scorer_context {
  const document& doc;
  const sentence_vectors& vectors;
  const std::vector<char>& candidates;
};

/// Returns one score per sentence of `context.doc` (higher is better). Scorers
/// are pure functions: deterministic, thread-safe, and total (no sentences give
/// an empty vector; sentences without content terms get a valid score).
using scorer_fn = std::vector<double> (*)(const scorer_context&);

struct scorer_info {
  const char* name;
  scorer_fn score;
  double default_redundancy;  // MMR trade-off used when the caller gives none
  const char* description;
};

/// What "default" stands for: the learned scorer.
inline constexpr std::string_view default_algorithm = "learned";

/// Every algorithm, in the stable order `newslib::algorithms()` reports after
/// "default".
[[nodiscard]] const std::vector<scorer_info>& scorer_registry();
/// The registry entry named `name` ("default" resolves to
/// `default_algorithm`), or nullptr.
[[nodiscard]] const scorer_info* find_scorer(std::string_view name) noexcept;

// The classic scorers, one per file (`<name>_scorer.cpp`); docs/algorithms.md
// gives each one's reference and parameters.
std::vector<double> score_lead(const scorer_context& context);
std::vector<double> score_luhn(const scorer_context& context);
std::vector<double> score_lsa(const scorer_context& context);
std::vector<double> score_lexrank(const scorer_context& context);
std::vector<double> score_lexrank_threshold(const scorer_context& context);
std::vector<double> score_textrank(const scorer_context& context);
std::vector<double> score_textrank_bm25(const scorer_context& context);
std::vector<double> score_sumbasic(const scorer_context& context);
std::vector<double> score_klsum(const scorer_context& context);
std::vector<double> score_centroid(const scorer_context& context);
std::vector<double> score_pacsum(const scorer_context& context);

/// LSA with a choice of solver: the exact eigen-decomposition up to
/// `exact_limit` sentences, subspace iteration above (exposed for tests).
inline constexpr std::size_t lsa_exact_limit = 500;
std::vector<double> lsa_scores(const sentence_vectors& vectors, std::size_t exact_limit);

}  // namespace detail
NEWSLIB_END_NAMESPACE
