#include "summarize/selector.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <queue>

#include "summarize/trigram_set.hpp"
#include "util/thread_cache.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

namespace {

struct selector_trigrams {
  trigram_set set;
};

trigram_set& thread_trigrams() { return thread_cache<selector_trigrams>::get().set; }

// Word and character room left; counts only ever grow, so a sentence that
// does not fit now never will.
class room {
 public:
  room(const sentence_vectors& vectors, const budget& length) : vectors_(vectors) {
    if (length.kind == budget::unit::words) max_words_ = length.value;
    if (length.kind == budget::unit::chars) max_chars_ = length.value;
  }

  [[nodiscard]] bool fits(std::size_t s) const noexcept {
    const double words = double(words_ + vectors_.word_count(s));
    const double chars = double(chars_ + vectors_.char_count(s) + (count_ > 0 ? 1 : 0));
    return words <= max_words_ && chars <= max_chars_;
  }

  void take(std::size_t s) noexcept {
    words_ += vectors_.word_count(s);
    chars_ += vectors_.char_count(s) + (count_ > 0 ? 1 : 0);
    ++count_;
  }

 private:
  const sentence_vectors& vectors_;
  double max_words_ = std::numeric_limits<double>::infinity();
  double max_chars_ = std::numeric_limits<double>::infinity();
  std::size_t words_ = 0;
  std::size_t chars_ = 0;
  std::size_t count_ = 0;
};

std::vector<std::size_t> by_score(const std::vector<double>& scores) {
  std::vector<std::size_t> order(scores.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
  return order;
}

std::vector<double> normalised(const std::vector<double>& scores) {
  const auto [lo, hi] = std::minmax_element(scores.begin(), scores.end());
  std::vector<double> out(scores.size(), 0.0);
  const double range = *hi - *lo;
  if (!(range > 0)) return out;
  for (std::size_t i = 0; i < scores.size(); ++i) out[i] = (scores[i] - *lo) / range;
  return out;
}

// Greedy MMR with lazy evaluation: a candidate's value can only fall as
// sentences are chosen (its largest similarity to them only grows), so a
// candidate whose value is up to date and still on top of the heap is the true
// best. Heap order: value, then the earlier sentence.
class mmr_selector {
 public:
  mmr_selector(const sentence_vectors& vectors, const std::vector<double>& scores,
               double redundancy)
      : vectors_(vectors),
        score_(normalised(scores)),
        redundancy_(redundancy),
        max_similarity_(scores.size(), 0.0),
        seen_(scores.size(), 0) {}

  // `candidates`: the sentences that may be chosen, in document order.
  std::vector<std::size_t> run(std::vector<std::size_t> candidates, std::size_t limit,
                               room& budget_room) {
    const std::size_t n = score_.size();
    std::size_t trigram_count = 0;
    for (std::size_t s = 0; s < n; ++s) trigram_count += trigrams(s);
    chosen_trigrams_.reset(trigram_count);

    std::vector<std::size_t> blocked;
    for (int pass = 0; pass < 2 && chosen_.size() < limit; ++pass) {
      const bool blocking = pass == 0;
      std::priority_queue<entry> heap;
      for (std::size_t s : (blocking ? candidates : blocked)) heap.push({value(s), s});
      while (!heap.empty() && chosen_.size() < limit) {
        const entry top = heap.top();
        heap.pop();
        const std::size_t s = top.index;
        if (seen_[s] < chosen_.size()) {
          refresh(s);
          heap.push({value(s), s});
          continue;
        }
        if (!budget_room.fits(s)) continue;
        if (blocking && shares_trigram(s)) {
          blocked.push_back(s);
          continue;
        }
        budget_room.take(s);
        chosen_.push_back(s);
        const std::uint32_t* terms = vectors_.content_terms(s).data();
        for (std::size_t i = 0; i < trigrams(s); ++i) chosen_trigrams_.insert(terms + i);
      }
      std::sort(blocked.begin(), blocked.end());
    }
    chosen_trigrams_.trim();
    return chosen_;
  }

 private:
  struct entry {
    double value;
    std::size_t index;
    bool operator<(const entry& other) const noexcept {
      if (value != other.value) return value < other.value;
      return index > other.index;
    }
  };

  double value(std::size_t s) const noexcept {
    return (1 - redundancy_) * score_[s] - redundancy_ * max_similarity_[s];
  }

  void refresh(std::size_t s) noexcept {
    for (; seen_[s] < chosen_.size(); ++seen_[s]) {
      max_similarity_[s] = std::max(max_similarity_[s], vectors_.cosine(s, chosen_[seen_[s]]));
    }
  }

  // Content trigrams of sentence s: windows of three consecutive content
  // terms, read in place from the sentence's terms.
  std::size_t trigrams(std::size_t s) const noexcept {
    const std::size_t terms = vectors_.content_terms(s).size();
    return terms > 2 ? terms - 2 : 0;
  }

  bool shares_trigram(std::size_t s) const noexcept {
    const std::uint32_t* terms = vectors_.content_terms(s).data();
    for (std::size_t i = 0; i < trigrams(s); ++i) {
      if (chosen_trigrams_.contains(terms + i)) return true;
    }
    return false;
  }

  const sentence_vectors& vectors_;
  std::vector<double> score_;
  double redundancy_;
  std::vector<double> max_similarity_;
  std::vector<std::size_t> seen_;  // how many chosen sentences max_similarity_ covers
  std::vector<std::size_t> chosen_;
  // The per-thread set is borrowed for the selector's lifetime (one call).
  trigram_set& chosen_trigrams_ = thread_trigrams();
};

}  // namespace

std::size_t sentence_limit(const budget& length, std::size_t n) noexcept {
  switch (length.kind) {
    case budget::unit::sentences:
      return length.value >= double(n) ? n : static_cast<std::size_t>(length.value);
    case budget::unit::ratio: {
      // The small allowance keeps ratios like 0.3 x 10 (3.0000000000000004) at 3.
      const double wanted = std::ceil(length.value * double(n) - 1e-9);
      const std::size_t k = wanted < 1 ? 1 : static_cast<std::size_t>(wanted);
      return std::min(k, n);
    }
    case budget::unit::words:
    case budget::unit::chars:
      break;
  }
  return n;
}

std::vector<std::size_t> select_sentences(const sentence_vectors& vectors,
                                          const std::vector<double>& scores, const budget& length,
                                          double redundancy, const std::vector<char>& candidates) {
  const std::size_t n = scores.size();
  if (n == 0) return {};
  const std::size_t limit = sentence_limit(length, n);
  room budget_room(vectors, length);
  auto candidate = [&](std::size_t s) { return candidates.empty() || candidates[s] != 0; };
  if (redundancy <= 0) {
    std::vector<std::size_t> chosen;
    for (std::size_t s : by_score(scores)) {
      if (chosen.size() == limit) break;
      if (!candidate(s) || !budget_room.fits(s)) continue;
      budget_room.take(s);
      chosen.push_back(s);
    }
    return chosen;
  }
  std::vector<std::size_t> pool;
  pool.reserve(n);
  for (std::size_t s = 0; s < n; ++s) {
    if (candidate(s)) pool.push_back(s);
  }
  return mmr_selector(vectors, scores, redundancy).run(std::move(pool), limit, budget_room);
}

std::vector<std::size_t> rank_scores(const std::vector<double>& scores) {
  std::vector<std::size_t> ranks(scores.size());
  const std::vector<std::size_t> order = by_score(scores);
  for (std::size_t r = 0; r < order.size(); ++r) ranks[order[r]] = r + 1;
  return ranks;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
