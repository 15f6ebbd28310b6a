#include "summarize/pair_cosines.hpp"

#include <algorithm>
#include <cstdint>

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

pair_cosines::pair_cosines(const sentence_vectors& vectors, std::size_t n, std::size_t width,
                           std::size_t max_values)
    : vectors_(vectors) {
  width_ = n > 0 ? std::min(n - 1, width) : 0;
  if (width_ > 0 && n > max_values / width_) width_ = 0;
  band_.assign(n * width_, 0.0);
  if (width_ == 0) return;
  const std::size_t terms = vectors.term_count();
  std::vector<std::size_t> start(terms + 1, 0);
  for (std::size_t s = 0; s < n; ++s) {
    for (const auto& entry : vectors.tfidf(s)) ++start[entry.term + 1];
  }
  for (std::size_t t = 0; t < terms; ++t) start[t + 1] += start[t];
  struct posting {
    std::uint32_t sentence;
    double weight;
  };
  std::vector<posting> postings(start[terms]);
  std::vector<std::size_t> fill(start.begin(), start.end() - 1);
  for (std::size_t s = 0; s < n; ++s) {
    for (const auto& entry : vectors.tfidf(s)) {
      postings[fill[entry.term]++] = {static_cast<std::uint32_t>(s), entry.weight};
    }
  }
  // fill[t] now serves as a cursor: sentences are visited in order, so the
  // postings of t before the cursor belong to sentences already done.
  std::copy(start.begin(), start.end() - 1, fill.begin());
  for (std::size_t s = 0; s < n; ++s) {
    double* row = band_.data() + s * width_;
    const std::size_t last = s + width_;
    for (const auto& entry : vectors.tfidf(s)) {
      const std::size_t end = start[entry.term + 1];
      std::size_t k = ++fill[entry.term];  // skip s itself
      for (; k < end && postings[k].sentence <= last; ++k) {
        row[postings[k].sentence - s - 1] += entry.weight * postings[k].weight;
      }
    }
  }
  for (std::size_t s = 0; s < n; ++s) {
    double* row = band_.data() + s * width_;
    const std::size_t count = std::min(width_, n - 1 - s);
    for (std::size_t k = 0; k < count; ++k) {
      const double denominator = vectors.tfidf_norm(s) * vectors.tfidf_norm(s + 1 + k);
      row[k] = denominator <= 0 ? 0.0 : std::min(1.0, row[k] / denominator);
    }
  }
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
