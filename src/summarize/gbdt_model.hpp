// Gradient-boosted regression trees read from a small text format, evaluated
// without any machine-learning runtime.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// An additive ensemble of binary regression trees, as trained by gradient
/// boosting for binary classification: the raw score is `base_score` plus one
/// leaf value per tree, and `probability` maps it through the logistic function.
///
/// The text format (one record per line, `#` starts a comment line, fields are
/// separated by single spaces, numbers are C-locale decimals):
///
///     newslib-gbdt 1                   format name and version
///     name <text>                      model name (free text to the line end)
///     features <count>
///     feature <index> <name>           once per feature, indices 0..count-1 in order
///     base_score <value>
///     param <name> <value>             zero or more named numbers for the model's user
///     trees <count>
///     tree <index> <node count>        then exactly <node count> node lines:
///     split <feature> <threshold> <left> <right>
///     leaf <value>
///
/// Node indices are local to their tree; node 0 is the root and children must
/// come after their parent, so every tree is acyclic by construction. A split
/// sends a feature value `x` left when `x <= threshold` and right otherwise
/// (NaN therefore goes right). A tree has at most 64 leaves (the evaluator
/// holds a tree's reachable leaves in one 64-bit mask); the default model's
/// trees have at most 15.
///
/// There is one evaluator, by leaf masks (below); every score, one row or
/// many, goes through it, so batch and single-row results are the same bits.
class gbdt_model {
 public:
  /// Parses a model; throws `newslib::error` naming the line of the first problem.
  static gbdt_model parse(std::string_view text);

  [[nodiscard]] const std::string& name() const noexcept { return name_; }
  [[nodiscard]] const std::vector<std::string>& feature_names() const noexcept {
    return feature_names_;
  }
  [[nodiscard]] std::size_t tree_count() const noexcept { return roots_.size(); }
  [[nodiscard]] std::size_t node_count() const noexcept { return nodes_.size(); }
  [[nodiscard]] double base_score() const noexcept { return base_score_; }
  /// The value of a `param` record, or nullopt if the model has none of that name.
  [[nodiscard]] std::optional<double> parameter(std::string_view name) const noexcept;

  /// Sum of the base score and of every tree's leaf for `features`, which must
  /// hold `feature_names().size()` values.
  [[nodiscard]] double raw_score(const double* features) const noexcept;
  /// The logistic function of `raw_score`, in (0, 1).
  [[nodiscard]] double probability(const double* features) const noexcept;
  /// `probability` of `count` rows of features, row r starting at
  /// `rows + r * stride`, into `out[r]`.
  void probabilities(const double* rows, std::size_t count, std::size_t stride,
                     double* out) const noexcept;

 private:
  struct node {
    double value = 0;            // threshold of a split, output of a leaf
    std::uint32_t feature = 0;
    // Absolute node indices: next[0] when x <= value, next[1] otherwise. A
    // leaf points at itself.
    std::uint32_t next[2] = {0, 0};
  };

  std::string name_;
  std::vector<std::string> feature_names_;
  double base_score_ = 0;
  std::vector<std::pair<std::string, double>> parameters_;
  std::vector<node> nodes_;
  std::vector<std::uint32_t> roots_;

  // The trees as read (nodes_, roots_) are turned into leaf masks for scoring
  // (Lucchese et al. 2015, "QuickScorer"). A tree's
  // leaves are numbered left to right; each split holds the mask of the leaves
  // outside its left subtree. Going right at a split rules out its left
  // subtree, so ANDing the masks of every split a row goes right at leaves the
  // row's exit leaf as the lowest bit set. Splits are grouped by feature and
  // sorted by threshold, so a row's right turns for one feature are a prefix of
  // its group: no tree is walked at all.
  // Throws `newslib::error` if a tree has more than 64 leaves.
  void build_leaf_masks();
  // Base score plus one leaf per tree for each row (as `probabilities`).
  void raw_scores(const double* rows, std::size_t count, std::size_t stride,
                  double* out) const noexcept;

  std::vector<std::uint32_t> feature_splits_;  // feature f: [feature_splits_[f], [f + 1])
  std::vector<double> split_thresholds_;
  std::vector<std::uint32_t> split_trees_;
  std::vector<std::uint64_t> split_masks_;
  std::vector<std::uint32_t> first_leaf_;      // tree t's leaves from leaf_values_[first_leaf_[t]]
  std::vector<double> leaf_values_;
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
