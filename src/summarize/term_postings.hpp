// newslib: which sentences hold each term, in one array.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "newslib/config.hpp"
#include "summarize/sentence_vectors.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// For every term of a document, the sentences that contain it, in document
/// order: the inverted index behind TextRank's shared-term counts and
/// SumBasic's pick loop. All postings live in one array, term t's at
/// [first[t], first[t + 1]).
class term_postings {
 public:
  explicit term_postings(const sentence_vectors& v) : first_(v.term_count() + 1, 0) {
    const std::size_t vocabulary = v.term_count();
    for (std::uint32_t t = 0; t < vocabulary; ++t) {
      first_[t + 1] = first_[t] + v.document_frequency(t);
    }
    sentences_.resize(first_[vocabulary]);
    std::vector<std::size_t> fill(first_.begin(), first_.end() - 1);
    for (std::size_t s = 0; s < v.sentence_count(); ++s) {
      for (const auto& e : v.counts(s)) sentences_[fill[e.term]++] = static_cast<std::uint32_t>(s);
    }
  }

  /// The sentences containing term `t`, ascending.
  [[nodiscard]] term_ids of(std::uint32_t t) const noexcept {
    return term_ids(sentences_.data() + first_[t], first_[t + 1] - first_[t]);
  }

 private:
  std::vector<std::size_t> first_;
  std::vector<std::uint32_t> sentences_;
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
