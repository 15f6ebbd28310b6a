// The gradient-boosted tree evaluator on small hand-written models.
#include <gtest/gtest.h>

#include <cmath>
#include <algorithm>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "newslib/error.hpp"
#include "summarize/gbdt_model.hpp"
#include "summarize/learned_scorer.hpp"
#include "util/embedded_data.hpp"

namespace {

using newslib::detail::gbdt_model;

// Two trees over two features:
//   tree 0: x0 <= 0.5 ? (x1 <= 2 ? 1.0 : 2.0) : -1.0
//   tree 1: x1 <= 10 ? 0.25 : 0.5
const char* const two_trees =
    "# a comment line\n"
    "newslib-gbdt 1\n"
    "name tiny test model\n"
    "features 2\n"
    "feature 0 first\n"
    "feature 1 second\n"
    "base_score -0.5\n"
    "trees 2\n"
    "tree 0 5\n"
    "split 0 0.5 1 4\n"
    "split 1 2 2 3\n"
    "leaf 1.0\n"
    "leaf 2.0\n"
    "leaf -1.0\n"
    "tree 1 3\n"
    "split 1 10 1 2\n"
    "leaf 0.25\n"
    "leaf 0.5\n";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

TEST(LearnedGbdt, ParsesHeaderAndShape) {
  const gbdt_model model = gbdt_model::parse(two_trees);
  EXPECT_EQ(model.name(), "tiny test model");
  ASSERT_EQ(model.feature_names().size(), 2u);
  EXPECT_EQ(model.feature_names()[0], "first");
  EXPECT_EQ(model.feature_names()[1], "second");
  EXPECT_EQ(model.tree_count(), 2u);
  EXPECT_EQ(model.node_count(), 8u);
  EXPECT_DOUBLE_EQ(model.base_score(), -0.5);
}

TEST(LearnedGbdt, FollowsEveryPath) {
  const gbdt_model model = gbdt_model::parse(two_trees);
  const double a[] = {0.0, 1.0};    // left, left | left
  const double b[] = {0.5, 3.0};    // threshold itself goes left; then right | left
  const double c[] = {0.6, 11.0};   // right | right
  const double d[] = {-7.0, 10.0};  // left, right | equal to threshold: left
  EXPECT_DOUBLE_EQ(model.raw_score(a), -0.5 + 1.0 + 0.25);
  EXPECT_DOUBLE_EQ(model.raw_score(b), -0.5 + 2.0 + 0.25);
  EXPECT_DOUBLE_EQ(model.raw_score(c), -0.5 - 1.0 + 0.5);
  EXPECT_DOUBLE_EQ(model.raw_score(d), -0.5 + 2.0 + 0.25);
  EXPECT_DOUBLE_EQ(model.probability(c), 1.0 / (1.0 + std::exp(1.0)));
}

TEST(LearnedGbdt, NanGoesRight) {
  const gbdt_model model = gbdt_model::parse(two_trees);
  const double x[] = {std::nan(""), std::nan("")};
  EXPECT_DOUBLE_EQ(model.raw_score(x), -0.5 - 1.0 + 0.5);
}

TEST(LearnedGbdt, NamedParameters) {
  const gbdt_model plain = gbdt_model::parse(two_trees);
  EXPECT_FALSE(plain.parameter("alpha").has_value());
  const gbdt_model model = gbdt_model::parse(
      replaced(two_trees, "trees 2\n", "param alpha 0.5\nparam beta -3\ntrees 2\n"));
  EXPECT_EQ(model.parameter("alpha"), 0.5);
  EXPECT_EQ(model.parameter("beta"), -3.0);
  EXPECT_FALSE(model.parameter("gamma").has_value());
  EXPECT_EQ(model.tree_count(), 2u);
  EXPECT_THROW((void)gbdt_model::parse(replaced(two_trees, "trees 2\n",
                                                "param a 1\nparam a 2\ntrees 2\n")),
               newslib::error);
  EXPECT_THROW((void)gbdt_model::parse(replaced(two_trees, "trees 2\n", "param a\ntrees 2\n")),
               newslib::error);
}

TEST(LearnedGbdt, ModelWithoutTreesIsTheBaseScore) {
  const gbdt_model model = gbdt_model::parse(
      "newslib-gbdt 1\nname empty\nfeatures 1\nfeature 0 x\nbase_score 0\ntrees 0\n");
  const double x[] = {3.0};
  EXPECT_DOUBLE_EQ(model.raw_score(x), 0.0);
  EXPECT_DOUBLE_EQ(model.probability(x), 0.5);
}

TEST(LearnedGbdt, AcceptsCrlfAndExactThresholds) {
  const gbdt_model model = gbdt_model::parse(
      "newslib-gbdt 1\r\nname crlf\r\nfeatures 1\r\nfeature 0 x\r\nbase_score 0\r\n"
      "trees 1\r\ntree 0 3\r\nsplit 0 0.30000000000000004 1 2\r\nleaf 1\r\nleaf 2\r\n");
  const double at[] = {0.30000000000000004};
  const double below[] = {0.3};
  const double above[] = {0.3000000000000001};
  EXPECT_DOUBLE_EQ(model.raw_score(at), 1.0);
  EXPECT_DOUBLE_EQ(model.raw_score(below), 1.0);
  EXPECT_DOUBLE_EQ(model.raw_score(above), 2.0);
}

TEST(LearnedGbdt, RejectsMalformedModels) {
  const std::string good = two_trees;
  const std::string bad[] = {
      "",
      replaced(good, "newslib-gbdt 1", "newslib-gbdt 2"),
      replaced(good, "feature 1 second", "feature 2 second"),
      replaced(good, "split 0 0.5 1 4", "split 2 0.5 1 4"),     // unknown feature
      replaced(good, "split 0 0.5 1 4", "split 0 0.5 1 5"),     // child out of the tree
      replaced(good, "split 1 2 2 3", "split 1 2 0 3"),         // child before parent
      replaced(good, "split 1 2 2 3", "split 1 2 1 3"),         // child is itself
      replaced(good, "leaf 0.25", "leaf nan"),
      replaced(good, "leaf 0.25", "leaf 0.25x"),
      replaced(good, "base_score -0.5", "base_score"),
      replaced(good, "tree 1 3", "tree 1 4"),                   // fewer nodes than announced
      replaced(good, "trees 2", "trees 3"),
      good + "leaf 1\n",                                        // trailing record
  };
  for (const auto& text : bad) {
    EXPECT_THROW((void)gbdt_model::parse(text), newslib::error) << text;
  }
}

TEST(LearnedGbdt, ErrorNamesTheLine) {
  try {
    (void)gbdt_model::parse(replaced(two_trees, "leaf 2.0", "leaf two"));
    FAIL() << "expected an error";
  } catch (const newslib::error& e) {
    EXPECT_NE(std::string(e.what()).find("line 13"), std::string::npos) << e.what();
  }
}

}  // namespace

namespace {

// The batch evaluation walks trees in another order than `probability`; each
// row must still get exactly the same value, for any number of rows (blocks of
// rows are cut at fixed sizes, so odd counts exercise the short last block).
// A plain walk of the trees as written in the model text: the reference the
// leaf-mask evaluator must match bit for bit.
class reference_walker {
 public:
  explicit reference_walker(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
      std::size_t end = text.find('\n', pos);
      if (end == std::string_view::npos) end = text.size();
      std::istringstream line{std::string(text.substr(pos, end - pos))};
      pos = end + 1;
      std::string kind;
      line >> kind;
      if (kind == "base_score") {
        line >> base_;
      } else if (kind == "tree") {
        trees_.emplace_back();
      } else if (kind == "split") {
        node n;
        line >> n.feature >> n.value >> n.left >> n.right;
        n.leaf = false;
        trees_.back().push_back(n);
      } else if (kind == "leaf") {
        node n;
        line >> n.value;
        trees_.back().push_back(n);
      }
    }
  }

  double probability(const double* x) const {
    double sum = base_;
    for (const auto& tree : trees_) {
      std::size_t at = 0;
      while (!tree[at].leaf) at = x[tree[at].feature] <= tree[at].value ? tree[at].left
                                                                        : tree[at].right;
      sum += tree[at].value;
    }
    return 1.0 / (1.0 + std::exp(-sum));
  }

 private:
  struct node {
    bool leaf = true;
    std::size_t feature = 0, left = 0, right = 0;
    double value = 0;
  };
  double base_ = 0;
  std::vector<std::vector<node>> trees_;
};

TEST(LearnedGbdt, LeafMasksMatchAPlainWalkOfTheTrees) {
  const auto text = newslib::detail::embedded_file("models/default.txt");
  ASSERT_TRUE(text);
  const gbdt_model& model = newslib::detail::default_model();
  const reference_walker walker(*text);
  const std::size_t columns = model.feature_names().size();
  std::uint64_t state = 42;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return double(state >> 11) / double(1ull << 53);
  };
  for (std::size_t count : {std::size_t{0}, std::size_t{1}, std::size_t{7}, std::size_t{8},
                            std::size_t{9}, std::size_t{61}}) {
    std::vector<double> rows(count * columns);
    // Values spread over the ranges the features take (positions, counts,
    // cosines), so that many different leaves are reached.
    for (double& v : rows) v = next() < 0.5 ? next() : next() * 60.0;
    if (count == 9) rows[3] = NAN;
    std::vector<double> batch(count, -1.0);
    model.probabilities(rows.data(), count, columns, batch.data());
    for (std::size_t r = 0; r < count; ++r) {
      const double* row = rows.data() + r * columns;
      EXPECT_EQ(batch[r], walker.probability(row)) << count << " " << r;
      EXPECT_EQ(model.probability(row), batch[r]) << count << " " << r;
    }
  }
  const gbdt_model tiny = gbdt_model::parse(two_trees);
  const reference_walker tiny_walker(two_trees);
  const double rows[] = {0.0, 0.0, 0.0, 3.0, 1.0, 0.0, 1.0, 11.0, NAN, NAN};
  double out[5];
  tiny.probabilities(rows, 5, 2, out);
  for (std::size_t r = 0; r < 5; ++r) EXPECT_EQ(out[r], tiny_walker.probability(rows + 2 * r));
}

}  // namespace

namespace {

// A chain of splits on one feature with `leaves` leaves: leaf k for x in (k-1, k].
std::string chain_model(int leaves) {
  std::string text =
      "newslib-gbdt 1\nname chain\nfeatures 1\nfeature 0 x\nbase_score 0\ntrees 1\ntree 0 " +
      std::to_string(2 * leaves - 1) + "\n";
  // Node 2k splits at k and sends x <= k to leaf node 2k+1, the rest on to 2k+2.
  for (int k = 0; k + 1 < leaves; ++k) {
    text += "split 0 " + std::to_string(k) + " " + std::to_string(2 * k + 1) + " " +
            std::to_string(2 * k + 2) + "\n";
    text += "leaf " + std::to_string(k) + "\n";
  }
  text += "leaf " + std::to_string(leaves - 1) + "\n";
  return text;
}

// A leaf mask holds 64 leaves: such a tree is scored, a larger one refused.
TEST(LearnedGbdt, TreesHoldAtMost64Leaves) {
  constexpr int leaves = 64;
  const gbdt_model model = gbdt_model::parse(chain_model(leaves));
  std::vector<double> rows;
  for (int k = -1; k <= leaves + 1; ++k) rows.push_back(k + 0.5);
  rows.push_back(NAN);
  std::vector<double> out(rows.size());
  model.probabilities(rows.data(), rows.size(), 1, out.data());
  for (std::size_t r = 0; r + 1 < rows.size(); ++r) {
    const double leaf = std::min(std::max(std::ceil(rows[r]), 0.0), leaves - 1.0);
    EXPECT_EQ(model.raw_score(&rows[r]), leaf) << rows[r];
    EXPECT_EQ(out[r], 1.0 / (1.0 + std::exp(-leaf))) << rows[r];
  }
  EXPECT_DOUBLE_EQ(model.raw_score(&rows.back()), leaves - 1.0);  // NaN goes right
  EXPECT_THROW(gbdt_model::parse(chain_model(leaves + 1)), newslib::error);
}

}  // namespace
