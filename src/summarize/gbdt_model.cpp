#include "summarize/gbdt_model.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <vector>
#include <system_error>

#include "util/bits.hpp"
#include "newslib/error.hpp"
#include "util/thread_cache.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

// The per-tree leaf masks of leaf_mask_probabilities, kept per thread.
struct gbdt_leaf_masks {
  std::vector<std::uint64_t> masks;
};

// Splits model text into lines and lines into fields, skipping comments and
// blank lines, and reports problems with the 1-based line number.
class line_reader {
 public:
  explicit line_reader(std::string_view text) : text_(text) {}

  // Moves to the next record; false at the end of the text.
  bool next() {
    while (position_ < text_.size()) {
      std::size_t end = text_.find('\n', position_);
      if (end == std::string_view::npos) end = text_.size();
      std::string_view line = text_.substr(position_, end - position_);
      position_ = end + 1;
      ++line_number_;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line.front() == '#') continue;
      line_ = line;
      fields_.clear();
      std::size_t start = 0;
      while (start <= line.size()) {
        std::size_t space = line.find(' ', start);
        if (space == std::string_view::npos) space = line.size();
        fields_.push_back(line.substr(start, space - start));
        start = space + 1;
      }
      return true;
    }
    return false;
  }

  void require_next(std::string_view what) {
    if (!next()) fail(std::string("unexpected end of model, expected ") + std::string(what));
  }

  [[noreturn]] void fail(const std::string& message) const {
    throw error("gbdt model, line " + std::to_string(line_number_) + ": " + message);
  }

  [[nodiscard]] std::size_t size() const noexcept { return fields_.size(); }
  [[nodiscard]] std::string_view field(std::size_t i) const noexcept { return fields_[i]; }
  [[nodiscard]] std::string_view line() const noexcept { return line_; }

  // Checks the record's keyword and field count.
  void expect(std::string_view keyword, std::size_t count) const {
    if (fields_.empty() || fields_[0] != keyword) {
      fail("expected '" + std::string(keyword) + "'");
    }
    if (fields_.size() != count) {
      fail("'" + std::string(keyword) + "' takes " + std::to_string(count - 1) + " fields");
    }
  }

  [[nodiscard]] std::uint64_t integer(std::size_t i) const {
    std::string_view f = fields_[i];
    std::uint64_t value = 0;
    auto [end, ec] = std::from_chars(f.data(), f.data() + f.size(), value);
    if (ec != std::errc() || end != f.data() + f.size()) {
      fail("not a non-negative integer: '" + std::string(f) + "'");
    }
    return value;
  }

  [[nodiscard]] double real(std::size_t i) const {
    std::string_view f = fields_[i];
    double value = 0;
    auto [end, ec] = std::from_chars(f.data(), f.data() + f.size(), value);
    if (ec != std::errc() || end != f.data() + f.size() || !std::isfinite(value)) {
      fail("not a finite number: '" + std::string(f) + "'");
    }
    return value;
  }

 private:
  std::string_view text_;
  std::size_t position_ = 0;
  std::size_t line_number_ = 0;
  std::string_view line_;
  std::vector<std::string_view> fields_;
};

// Limits that keep a corrupt count from allocating without bound.
constexpr std::uint64_t max_features = 4096;
constexpr std::uint64_t max_trees = 100000;
constexpr std::uint64_t max_nodes_per_tree = 1u << 20;

}  // namespace

gbdt_model gbdt_model::parse(std::string_view text) {
  gbdt_model model;
  line_reader in(text);

  in.require_next("the 'newslib-gbdt' header");
  in.expect("newslib-gbdt", 2);
  if (in.integer(1) != 1) in.fail("unsupported format version " + std::string(in.field(1)));

  in.require_next("'name'");
  if (in.size() < 2 || in.field(0) != "name") in.fail("expected 'name'");
  model.name_ = std::string(in.line().substr(5));

  in.require_next("'features'");
  in.expect("features", 2);
  const std::uint64_t feature_count = in.integer(1);
  if (feature_count == 0 || feature_count > max_features) in.fail("bad feature count");
  for (std::uint64_t f = 0; f < feature_count; ++f) {
    in.require_next("'feature'");
    in.expect("feature", 3);
    if (in.integer(1) != f) in.fail("features must be listed in index order");
    if (in.field(2).empty()) in.fail("empty feature name");
    model.feature_names_.emplace_back(in.field(2));
  }

  in.require_next("'base_score'");
  in.expect("base_score", 2);
  model.base_score_ = in.real(1);

  in.require_next("'trees'");
  while (in.size() > 0 && in.field(0) == "param") {
    in.expect("param", 3);
    if (in.field(1).empty()) in.fail("empty parameter name");
    if (model.parameter(in.field(1))) in.fail("parameter given twice");
    model.parameters_.emplace_back(std::string(in.field(1)), in.real(2));
    in.require_next("'trees'");
  }
  in.expect("trees", 2);
  const std::uint64_t tree_count = in.integer(1);
  if (tree_count > max_trees) in.fail("too many trees");
  model.roots_.reserve(tree_count);
  for (std::uint64_t t = 0; t < tree_count; ++t) {
    in.require_next("'tree'");
    in.expect("tree", 3);
    if (in.integer(1) != t) in.fail("trees must be listed in index order");
    const std::uint64_t node_count = in.integer(2);
    if (node_count == 0 || node_count > max_nodes_per_tree) in.fail("bad node count");
    const auto root = static_cast<std::uint32_t>(model.nodes_.size());
    if (std::uint64_t(root) + node_count > std::numeric_limits<std::uint32_t>::max()) {
      in.fail("too many nodes");
    }
    model.roots_.push_back(root);
    for (std::uint64_t k = 0; k < node_count; ++k) {
      in.require_next("a node");
      node n;
      if (in.size() > 0 && in.field(0) == "leaf") {
        in.expect("leaf", 2);
        n.value = in.real(1);
        n.next[0] = n.next[1] = root + static_cast<std::uint32_t>(k);
      } else {
        in.expect("split", 5);
        const std::uint64_t feature = in.integer(1);
        const std::uint64_t left = in.integer(3);
        const std::uint64_t right = in.integer(4);
        if (feature >= feature_count) in.fail("feature index out of range");
        // Children after their parent: no cycles, and every index is checked.
        if (left <= k || right <= k || left >= node_count || right >= node_count) {
          in.fail("child index must follow its parent within the tree");
        }
        n.feature = static_cast<std::uint32_t>(feature);
        n.value = in.real(2);
        n.next[0] = root + static_cast<std::uint32_t>(left);
        n.next[1] = root + static_cast<std::uint32_t>(right);
      }
      model.nodes_.push_back(n);
    }
  }
  if (in.next()) in.fail("unexpected text after the last tree");
  model.build_leaf_masks();
  return model;
}

std::optional<double> gbdt_model::parameter(std::string_view name) const noexcept {
  for (const auto& [key, value] : parameters_) {
    if (key == name) return value;
  }
  return std::nullopt;
}

double gbdt_model::raw_score(const double* features) const noexcept {
  double sum = 0;
  raw_scores(features, 1, feature_names_.size(), &sum);
  return sum;
}

double gbdt_model::probability(const double* features) const noexcept {
  return 1.0 / (1.0 + std::exp(-raw_score(features)));
}

void gbdt_model::build_leaf_masks() {
  struct split {
    double threshold;
    std::uint32_t feature;
    std::uint32_t tree;
    std::uint64_t mask;
  };
  std::vector<split> splits;
  for (std::size_t t = 0; t < roots_.size(); ++t) {
    first_leaf_.push_back(static_cast<std::uint32_t>(leaf_values_.size()));
    // Depth-first, left child first: leaves come out left to right. Each
    // split's left subtree is the run of leaves numbered while it is open.
    struct open_split {
      std::uint32_t node;
      std::size_t split;       // index in `splits`
      std::uint32_t first;     // first leaf of the left subtree
      bool left_done;
    };
    std::vector<open_split> stack;
    std::uint32_t leaves = 0;
    std::uint32_t at = roots_[t];
    for (;;) {
      const node& n = nodes_[at];
      if (n.next[0] == at) {  // a leaf
        if (leaves == 64) {
          throw error("gbdt model: tree " + std::to_string(t) +
                      " has more than 64 leaves, the most a leaf mask holds");
        }
        leaf_values_.push_back(n.value);
        ++leaves;
        // Close the splits whose right subtree just ended; the innermost
        // split still in its left subtree gets its mask and turns right.
        while (!stack.empty() && stack.back().left_done) stack.pop_back();
        if (stack.empty()) break;
        open_split& top = stack.back();
        const std::uint32_t width = leaves - top.first;
        const std::uint64_t left = (width == 64 ? ~std::uint64_t{0}
                                                : ((std::uint64_t{1} << width) - 1))
                                   << top.first;
        splits[top.split].mask = ~left;
        top.left_done = true;
        at = nodes_[top.node].next[1];
        continue;
      }
      stack.push_back({at, splits.size(), leaves, false});
      splits.push_back({n.value, n.feature, static_cast<std::uint32_t>(t), 0});
      at = n.next[0];
    }
  }
  std::stable_sort(splits.begin(), splits.end(), [](const split& a, const split& b) {
    if (a.feature != b.feature) return a.feature < b.feature;
    return a.threshold < b.threshold;
  });
  feature_splits_.assign(feature_names_.size() + 1, 0);
  for (const split& s : splits) ++feature_splits_[s.feature + 1];
  for (std::size_t f = 0; f < feature_names_.size(); ++f) {
    feature_splits_[f + 1] += feature_splits_[f];
  }
  for (const split& s : splits) {
    split_thresholds_.push_back(s.threshold);
    split_trees_.push_back(s.tree);
    split_masks_.push_back(s.mask);
  }
}

void gbdt_model::raw_scores(const double* rows, std::size_t count, std::size_t stride,
                            double* out) const noexcept {
  const std::size_t trees = roots_.size();
  const std::size_t features = feature_names_.size();
  std::vector<std::uint64_t>& mask_store = thread_cache<gbdt_leaf_masks>::get().masks;
  mask_store.resize(trees);
  // Plain pointers: stores through `masks` could otherwise be taken to change
  // the vectors' own pointers, which would be reloaded at every step.
  std::uint64_t* const masks = mask_store.data();
  const std::uint32_t* const groups = feature_splits_.data();
  const double* const thresholds = split_thresholds_.data();
  const std::uint32_t* const split_trees = split_trees_.data();
  const std::uint64_t* const split_masks = split_masks_.data();
  const std::uint32_t* const first_leaf = first_leaf_.data();
  const double* const leaf_values = leaf_values_.data();
  for (std::size_t r = 0; r < count; ++r) {
    const double* row = rows + r * stride;
    std::fill(masks, masks + trees, ~std::uint64_t{0});
    for (std::size_t f = 0; f < features; ++f) {
      const double x = row[f];
      const std::size_t end = groups[f + 1];
      // `x <= threshold` sends a row left, as in the walk (NaN goes right
      // everywhere); thresholds ascend, so the first left turn ends the run.
      for (std::size_t i = groups[f]; i < end && !(x <= thresholds[i]); ++i) {
        masks[split_trees[i]] &= split_masks[i];
      }
    }
    double sum = base_score_;
    for (std::size_t t = 0; t < trees; ++t) {
      sum += leaf_values[first_leaf[t] + lowest_bit(std::uint64_t{masks[t]})];
    }
    out[r] = sum;
  }
}

void gbdt_model::probabilities(const double* rows, std::size_t count, std::size_t stride,
                               double* out) const noexcept {
  raw_scores(rows, count, stride, out);
  for (std::size_t r = 0; r < count; ++r) out[r] = 1.0 / (1.0 + std::exp(-out[r]));
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
