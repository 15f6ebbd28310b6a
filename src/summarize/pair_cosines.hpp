// Cosines of the pairs of nearby sentences, each pair computed once.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "newslib/config.hpp"
#include "summarize/sentence_vectors.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// The cosines (`sentence_vectors::cosine`) of every pair of the first `n`
/// sentences at most `width` apart, computed once per pair. Sentence s's pairs
/// with the sentences after it are row s of a band: band[s * w + (o - s - 1)]
/// for s < o <= s + w, where w = min(n - 1, width); memory is n * w values.
/// When that exceeds `max_values` no table is made and every call computes
/// its cosine directly, so a huge document costs time, not memory.
///
/// The dot products come from an inverted index (term -> sentences holding
/// it, in sentence order) instead of merging every pair's vectors: only pairs
/// that share a term cost anything. For each pair the products are added in
/// ascending term order starting from zero, the order `dot` adds them in, so
/// every value is bit for bit `sentence_vectors::cosine`.
class pair_cosines {
 public:
  pair_cosines(const sentence_vectors& vectors, std::size_t n, std::size_t width,
               std::size_t max_values);

  /// Cosine of sentences a and b; pairs outside the band (and a sentence
  /// with itself) are computed directly.
  [[nodiscard]] double operator()(std::size_t a, std::size_t b) const noexcept {
    if (a > b) std::swap(a, b);
    if (a == b || b - a > width_) return vectors_.cosine(a, b);
    return band_[a * width_ + (b - a - 1)];
  }

 private:
  const sentence_vectors& vectors_;
  std::size_t width_ = 0;
  std::vector<double> band_;
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
