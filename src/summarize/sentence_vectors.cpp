#include "summarize/sentence_vectors.hpp"

#include <algorithm>
#include <cmath>

#include "summarize/scratch.hpp"
#include "util/hash.hpp"
#include "util/linear_probe_table.hpp"
#include "util/thread_cache.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

double dot(sparse_view a, sparse_view b) noexcept {
  double sum = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (i->term < j->term) {
      ++i;
    } else if (j->term < i->term) {
      ++j;
    } else {
      sum += i->weight * j->weight;
      ++i;
      ++j;
    }
  }
  return sum;
}

double norm(sparse_view v) noexcept {
  double sum = 0;
  for (const auto& entry : v) sum += entry.weight * entry.weight;
  return std::sqrt(sum);
}

namespace {

bool is_wordlike(token_kind kind) noexcept {
  return kind == token_kind::word || kind == token_kind::number;
}

bool counts_as_word(token_kind kind) noexcept {
  return is_wordlike(kind) || kind == token_kind::url || kind == token_kind::email;
}

std::size_t count_sentence_code_points(std::string_view text) noexcept {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

// A stem id of any size and its dense id, in a hash table. Stamped, since
// every stem id is a valid key and none can mark an empty slot.
struct dense_id_slots {
  struct slot {
    std::uint32_t stem;
    std::uint32_t dense;
  };
  using stamp = std::uint32_t;
  static std::uint64_t hash(const slot& s) noexcept { return hash_id(s.stem); }
};

// Temporaries of building vectors, kept per thread so that their memory is
// allocated once rather than for every document.
struct build_scratch {
  std::vector<sentence_vectors::word> words;
  std::vector<std::size_t> starts;
  // Stem id -> dense id, valid where dense_stamps equals stamp: the table is
  // emptied for the next document by one increment, not by a fill.
  std::vector<std::uint32_t> dense_ids;
  std::vector<std::uint32_t> dense_stamps;
  std::uint32_t stamp = 0;
  // Stem id -> dense id where stem ids are too large for the direct table.
  linear_probe_table<dense_id_slots> large_ids;
  std::vector<std::uint32_t> sorted;
};

build_scratch& build_scratch_for_thread() { return thread_cache<build_scratch>::get(); }

}  // namespace

sentence_vectors::sentence_vectors(const document& doc) {
  const auto& sentences = doc.sentences();
  const auto& tokens = doc.tokens();
  const auto& terms = doc.terms();
  const std::size_t n = sentences.size();
  // One flat list of words with per-sentence offsets.
  build_scratch& work = build_scratch_for_thread();
  std::vector<word>& words = work.words;
  std::vector<std::size_t>& starts = work.starts;
  starts.assign(n + 1, 0);
  word_counts_.assign(n, 0);
  char_counts_.assign(n, 0);
  std::size_t capacity = 0;
  for (const sentence& sent : sentences) capacity += sent.token_count;
  // Sized up front and written field by field: a word built whole and then
  // copied in costs a stalled store-to-load forward per token.
  words.resize(capacity);
  std::size_t next = 0;
  for (std::size_t s = 0; s < n; ++s) {
    const sentence& sent = sentences[s];
    starts[s] = next;
    char_counts_[s] = count_sentence_code_points(doc.slice(sent.bytes));
    std::size_t word_count = 0;
    const std::size_t end = std::min(tokens.size(), std::size_t{sent.first_token} + sent.token_count);
    for (std::size_t t = sent.first_token; t < end; ++t) {
      const token& tok = tokens[t];
      word_count += counts_as_word(tok.kind);
      if (!is_wordlike(tok.kind) || tok.term >= terms.size()) continue;
      const term& info = terms[tok.term];
      word& w = words[next++];
      w.stem = info.stem_id;
      w.stopword = info.stopword;
    }
    word_counts_[s] = word_count;
  }
  starts[n] = next;
  words.resize(next);
  build(words, starts);
  trim_scratch(words);
  trim_scratch(starts);
}

sentence_vectors::sentence_vectors(const std::vector<sentence_words>& sentences) {
  const std::size_t n = sentences.size();
  std::vector<word> words;
  std::vector<std::size_t> starts(n + 1, 0);
  word_counts_.resize(n);
  char_counts_.resize(n);
  for (std::size_t s = 0; s < n; ++s) {
    starts[s] = words.size();
    words.insert(words.end(), sentences[s].words.begin(), sentences[s].words.end());
    word_counts_[s] = sentences[s].word_count;
    char_counts_[s] = sentences[s].char_count;
  }
  starts[n] = words.size();
  build(words, starts);
}

void sentence_vectors::build(const std::vector<word>& words, const std::vector<std::size_t>& starts) {
  const std::size_t n = starts.size() - 1;
  build_scratch& work = build_scratch_for_thread();
  tfidf_norms_.resize(n);

  words_.resize(words.size());
  word_starts_.assign(starts.begin(), starts.end());
  std::size_t content_count = 0;
  for (const word& w : words) content_count += !w.stopword;
  content_.resize(content_count);
  content_starts_.resize(n + 1);
  // Numbers the content words with `dense_id(stem)`.
  auto number_terms = [&](auto&& dense_id) {
    std::size_t next_content = 0;
    for (std::size_t s = 0; s < n; ++s) {
      content_starts_[s] = next_content;
      for (std::size_t i = starts[s]; i < starts[s + 1]; ++i) {
        const word& w = words[i];
        if (w.stopword) {
          words_[i] = no_term;
          continue;
        }
        const std::uint32_t id = dense_id(w.stem);
        words_[i] = id;
        content_[next_content++] = id;
      }
    }
    content_starts_[n] = next_content;
  };

  // Dense ids follow first occurrence. Stem ids of a parsed document are small
  // (indices into its stems), so a direct table maps them, which is cheaper
  // than hashing (the term vectors took 5-15% longer with the hash table);
  // arbitrary ids go to the hash table. Either way nothing depends on an
  // iteration order.
  std::uint32_t max_stem = 0;
  for (const word& w : words) max_stem = std::max(max_stem, w.stem);
  if (std::size_t{max_stem} <= 4 * words.size() + 1024) {
    if (work.dense_ids.size() <= max_stem) {
      work.dense_ids.resize(std::size_t{max_stem} + 1);
      work.dense_stamps.resize(std::size_t{max_stem} + 1, 0);
    }
    if (++work.stamp == 0) {
      std::fill(work.dense_stamps.begin(), work.dense_stamps.end(), 0);
      work.stamp = 1;
    }
    std::uint32_t* const dense_ids = work.dense_ids.data();
    std::uint32_t* const dense_stamps = work.dense_stamps.data();
    const std::uint32_t stamp = work.stamp;
    number_terms([&](std::uint32_t stem) {
      if (dense_stamps[stem] != stamp) {
        dense_stamps[stem] = stamp;
        dense_ids[stem] = static_cast<std::uint32_t>(stem_ids_.size());
        stem_ids_.push_back(stem);
      }
      return dense_ids[stem];
    });
  } else {
    linear_probe_table<dense_id_slots>& large_ids = work.large_ids;
    large_ids.reset(content_count);  // room for every content word: it never grows
    number_terms([&](std::uint32_t stem) {
      const auto [s, added] = large_ids.find_or_insert(
          hash_id(stem), [stem](const dense_id_slots::slot& x) { return x.stem == stem; },
          dense_id_slots::slot{stem, static_cast<std::uint32_t>(stem_ids_.size())});
      if (added) stem_ids_.push_back(stem);
      return s->dense;
    });
    large_ids.trim(scratch_keep_bytes);
  }

  const std::size_t vocabulary = stem_ids_.size();
  df_.assign(vocabulary, 0);
  tf_.assign(vocabulary, 0);
  // At most one count per content token; the unused tail is cut off below.
  counts_.resize(content_count);
  vector_starts_.resize(n + 1);
  std::vector<std::uint32_t>& sorted = work.sorted;
  std::size_t next_count = 0;
  for (std::size_t s = 0; s < n; ++s) {
    vector_starts_[s] = next_count;
    sorted.assign(content_.begin() + std::ptrdiff_t(content_starts_[s]),
                  content_.begin() + std::ptrdiff_t(content_starts_[s + 1]));
    std::sort(sorted.begin(), sorted.end());
    for (std::size_t i = 0; i < sorted.size();) {
      std::size_t j = i + 1;
      while (j < sorted.size() && sorted[j] == sorted[i]) ++j;
      weighted_term& entry = counts_[next_count++];
      entry.term = sorted[i];
      entry.weight = double(j - i);
      ++df_[sorted[i]];
      tf_[sorted[i]] += j - i;
      i = j;
    }
    total_content_ += sorted.size();
  }
  vector_starts_[n] = next_count;
  counts_.resize(next_count);

  idf_.resize(vocabulary);
  for (std::size_t t = 0; t < vocabulary; ++t) {
    idf_[t] = std::log((1.0 + double(n)) / (1.0 + double(df_[t]))) + 1.0;
  }
  tfidf_.resize(next_count);
  for (std::size_t k = 0; k < next_count; ++k) {
    tfidf_[k].term = counts_[k].term;
    tfidf_[k].weight = counts_[k].weight * idf_[counts_[k].term];
  }
  for (std::size_t s = 0; s < n; ++s) tfidf_norms_[s] = norm(tfidf(s));
  trim_scratch(sorted);
  if (work.dense_ids.capacity() * sizeof(std::uint32_t) > scratch_keep_bytes) {
    std::vector<std::uint32_t>().swap(work.dense_ids);
    std::vector<std::uint32_t>().swap(work.dense_stamps);
    work.stamp = 0;
  }
}

double sentence_vectors::cosine(std::size_t a, std::size_t b) const noexcept {
  const double denominator = tfidf_norms_[a] * tfidf_norms_[b];
  if (denominator <= 0) return 0;
  // Rounding can push the cosine of near-identical vectors just past 1.
  return std::min(1.0, dot(tfidf(a), tfidf(b)) / denominator);
}

bm25_similarity::bm25_similarity(const sentence_vectors& vectors, const parameters& params)
    : vectors_(&vectors), params_(params) {
  const std::size_t n = vectors.sentence_count();
  const std::size_t vocabulary = vectors.term_count();
  idf_.resize(vocabulary);
  if (n > 0) average_length_ = double(vectors.total_content_terms()) / double(n);
  double sum = 0;
  for (std::uint32_t t = 0; t < vocabulary; ++t) {
    const double df = double(vectors.document_frequency(t));
    idf_[t] = std::log(double(n) - df + 0.5) - std::log(df + 0.5);
    sum += idf_[t];
  }
  if (vocabulary == 0) return;
  const double floor = params_.epsilon * sum / double(vocabulary);
  for (auto& value : idf_) {
    if (value < 0) value = floor;
  }
}

double bm25_similarity::operator()(std::size_t query, std::size_t target) const noexcept {
  const sparse_view counts = vectors_->counts(target);
  if (counts.empty() || average_length_ <= 0) return 0;
  const double length = double(vectors_->content_terms(target).size());
  const double k = params_.k1 * (1 - params_.b + params_.b * length / average_length_);
  double score = 0;
  for (std::uint32_t term : vectors_->content_terms(query)) {
    auto it = std::lower_bound(counts.begin(), counts.end(), term,
                               [](const weighted_term& e, std::uint32_t t) { return e.term < t; });
    if (it == counts.end() || it->term != term) continue;
    const double f = it->weight;
    score += idf_[term] * f * (params_.k1 + 1) / (f + k);
  }
  return score;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
