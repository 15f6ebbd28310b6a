// newslib: extractive summarisation.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newslib/config.hpp"
#include "newslib/document.hpp"
#include "newslib/span.hpp"

NEWSLIB_BEGIN_NAMESPACE

/// How long a summary may be. Exactly one unit applies.
struct budget {
  enum class unit { sentences, ratio, words, chars };
  unit kind = unit::sentences;
  double value = 3;  // a count for sentences/words/chars, a fraction in (0, 1] for ratio

  static budget sentences(std::size_t n) { return {unit::sentences, double(n)}; }
  static budget ratio(double r) { return {unit::ratio, r}; }
  static budget words(std::size_t n) { return {unit::words, double(n)}; }
  static budget chars(std::size_t n) { return {unit::chars, double(n)}; }
};

enum class summary_order {
  document,  // selected sentences in the order they appear (the default)
  score,     // best first
};

struct summary_options {
  std::string algorithm = "default";       // one of `algorithms()`
  newslib::budget length{};                 // default: 3 sentences
  /// Redundancy control: the MMR trade-off in [0, 1] (0 turns it off, higher
  /// penalises overlap with already chosen sentences more). nullopt uses the
  /// algorithm's own default.
  std::optional<double> redundancy;
  summary_order order = summary_order::document;
};

struct scored_sentence {
  std::size_t index = 0;  // into `document::sentences()`
  span bytes;
  double score = 0;
  std::size_t rank = 0;   // 1 = highest score among all sentences
};

struct summary {
  std::vector<scored_sentence> selected;  // in the requested order
  std::vector<double> scores;             // every sentence's score, by sentence index
  std::vector<std::size_t> ranks;         // every sentence's rank (1-based, ties to the earlier)
  std::string algorithm;                  // the algorithm that ran ("default" resolved)
  summary_options options;                // as given, with defaults filled in
  std::string text;                       // selected sentences joined by '\n'
};

/// Names of the available algorithms, in a stable order.
[[nodiscard]] NEWSLIB_API const std::vector<std::string>& algorithms();

/// Scores every sentence of `doc` with one algorithm (higher is better).
/// Throws `invalid_argument` for an unknown name.
[[nodiscard]] NEWSLIB_API std::vector<double> score_sentences(const document& doc,
                                                              std::string_view algorithm);

/// Throws `invalid_argument`, naming the option, when summarize() would refuse
/// `options`: the one place their rules live, for callers (the bindings, the
/// CLI) that check a request before any work is done.
NEWSLIB_API void check_summary_options(const summary_options& options);

/// Summarises `doc`. Deterministic: the same input and options give the same
/// summary on every run and every thread. Throws `invalid_argument` for bad
/// options (see check_summary_options). Some sentences are scored and ranked
/// like any other but never selected: one ending in a colon, which introduces
/// what follows it, and in a document made from a web page (`from_html`)
/// those of picture captions, headings of fewer than six words (labels such
/// as "Latest") and picture credits ("Credit: NASA"), which describe a
/// photograph or name a section rather than tell the story.
[[nodiscard]] NEWSLIB_API summary summarize(const document& doc,
                                            const summary_options& options = {});

NEWSLIB_END_NAMESPACE
