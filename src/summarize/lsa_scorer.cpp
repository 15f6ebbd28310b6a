// LSA: Steinberger & Ježek (2004), "Using Latent Semantic Analysis in Text
// Summarization and Summary Evaluation".
//
// A is the term-by-sentence matrix, A = U Σ V^T its singular value
// decomposition. A sentence scores its length in the reduced latent space,
// with each dimension weighted by its singular value:
//     score(i) = sqrt(sum over k < r of σ_k^2 · V[i][k]^2)
// With every dimension kept this is just the length of column i of A, so the
// reduction is what makes the method; r = 3 (the leading topics).
//
// Cells are binary (1 if the term occurs in the sentence), the simplest of
// Gong & Liu's (2001) weightings and the best of binary, tf, tf-idf and
// binary-entropy on the CNN/DailyMail development data.
//
// V and Σ come from the eigen-decomposition of the sentence Gram matrix A^T A
// (eigenvalues σ^2). Up to `exact_limit` sentences it is solved exactly; beyond
// that, block subspace iteration finds the leading dimensions from sparse
// products, which keeps memory linear in the sentence count.
#include <algorithm>
#include <cmath>

#include <Eigen/Dense>

#include "newslib/config.hpp"
#include "summarize/scorer.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

namespace {

constexpr Eigen::Index dimensions = 3;
// The iterative solver tracks a few more vectors than it needs: convergence of
// the leading ones depends on the gap to the first vector not tracked.
constexpr std::size_t tracked_vectors = 8;
constexpr std::size_t max_lsa_iterations = 100;
constexpr double convergence = 1e-12;

// Row-major: the sparse products below walk rows.
using row_matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

// y = A^T A x for the binary matrix.
void gram_times(const sentence_vectors& v, const row_matrix& x, row_matrix& y,
                row_matrix& term_space) {
  term_space.setZero(Eigen::Index(v.term_count()), x.cols());
  for (std::size_t s = 0; s < v.sentence_count(); ++s) {
    for (const auto& e : v.counts(s)) term_space.row(e.term) += x.row(Eigen::Index(s));
  }
  y.setZero(x.rows(), x.cols());
  for (std::size_t s = 0; s < v.sentence_count(); ++s) {
    for (const auto& e : v.counts(s)) y.row(Eigen::Index(s)) += term_space.row(e.term);
  }
}

// Eigenvalues (descending) and eigenvectors (columns) of A^T A.
struct spectrum {
  Eigen::VectorXd values;
  Eigen::MatrixXd vectors;
};

spectrum exact_spectrum(const sentence_vectors& v) {
  const Eigen::Index n = Eigen::Index(v.sentence_count());
  Eigen::MatrixXd gram = Eigen::MatrixXd::Zero(n, n);
  for (Eigen::Index i = 0; i < n; ++i) {
    const sparse_view a = v.counts(std::size_t(i));
    for (Eigen::Index j = i; j < n; ++j) {
      const sparse_view b = v.counts(std::size_t(j));
      double sum = 0;
      auto p = a.begin();
      auto q = b.begin();
      while (p != a.end() && q != b.end()) {
        if (p->term < q->term) {
          ++p;
        } else if (q->term < p->term) {
          ++q;
        } else {
          sum += 1;
          ++p;
          ++q;
        }
      }
      gram(i, j) = gram(j, i) = sum;
    }
  }
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(gram);
  spectrum result;
  result.values = solver.eigenvalues().reverse();
  result.vectors = solver.eigenvectors().rowwise().reverse();
  return result;
}

spectrum iterative_spectrum(const sentence_vectors& v) {
  const Eigen::Index n = Eigen::Index(v.sentence_count());
  const Eigen::Index k = std::min<Eigen::Index>(n, Eigen::Index(tracked_vectors));
  // A fixed, well-spread start (no random numbers: results must not vary).
  row_matrix q(n, k);
  for (Eigen::Index i = 0; i < n; ++i) {
    for (Eigen::Index j = 0; j < k; ++j) {
      q(i, j) = std::cos(double((i + 1) * (j + 1)) * 0.7071) + 1e-3;
    }
  }
  row_matrix z(n, k);
  row_matrix term_space;
  Eigen::VectorXd previous = Eigen::VectorXd::Zero(k);
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> small;
  // Cholesky QR, done twice for accuracy (n k^2 work, several times cheaper
  // than Householder here); Householder when the block is rank-deficient.
  auto orthonormalise = [&] {
    for (int pass = 0; pass < 2; ++pass) {
      const Eigen::MatrixXd gram = q.transpose() * q;
      const Eigen::LLT<Eigen::MatrixXd> llt(gram);
      if (llt.info() != Eigen::Success) {
        const Eigen::HouseholderQR<Eigen::MatrixXd> qr(q);
        const Eigen::MatrixXd basis = qr.householderQ() * Eigen::MatrixXd::Identity(n, k);
        q = basis;
        return;
      }
      // q <- q L^-T
      const Eigen::MatrixXd l = llt.matrixL();
      q = l.triangularView<Eigen::Lower>().solve(q.transpose()).transpose();
    }
  };
  for (std::size_t iteration = 0;; ++iteration) {
    orthonormalise();
    gram_times(v, q, z, term_space);
    // Rayleigh-Ritz: the eigenpairs of Q^T (A^T A) Q approximate the leading ones.
    small.compute(Eigen::MatrixXd(q.transpose() * z));
    const Eigen::VectorXd values = small.eigenvalues().reverse();
    const Eigen::MatrixXd rotation = small.eigenvectors().rowwise().reverse();
    if (iteration + 1 == max_lsa_iterations) {
      spectrum result;
      result.values = values;
      result.vectors = q * rotation;
      return result;
    }
    // Converged when the eigenvalues of the dimensions used stop moving.
    const double largest = std::max(1e-300, values(0));
    bool converged = true;
    for (Eigen::Index i = 0; i < std::min(k, dimensions); ++i) {
      if (std::fabs(values(i) - previous(i)) > convergence * largest) converged = false;
    }
    previous = values;
    if (converged) {
      spectrum result;
      result.values = values;
      result.vectors = q * rotation;
      return result;
    }
    q = z * rotation;
  }
}

}  // namespace

std::vector<double> lsa_scores(const sentence_vectors& v, std::size_t exact_limit) {
  const std::size_t n = v.sentence_count();
  std::vector<double> scores(n, 0.0);
  if (n == 0 || v.term_count() == 0) return scores;
  const spectrum s = n <= exact_limit ? exact_spectrum(v) : iterative_spectrum(v);
  for (Eigen::Index k = 0; k < std::min(dimensions, s.values.size()); ++k) {
    const double sigma2 = std::max(0.0, s.values(k));
    for (std::size_t i = 0; i < n; ++i) {
      const double x = s.vectors(Eigen::Index(i), k);
      scores[i] += sigma2 * x * x;
    }
  }
  for (double& score : scores) score = std::sqrt(score);
  return scores;
}

std::vector<double> score_lsa(const scorer_context& context) {
  return lsa_scores(context.vectors, lsa_exact_limit);
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
