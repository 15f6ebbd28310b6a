#include "summarize/sentence_vectors.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace newslib::detail {

double dot(const sparse_vector& a, const sparse_vector& b) noexcept {
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

double norm(const sparse_vector& v) noexcept {
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

std::size_t code_points(std::string_view text) noexcept {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

sentence_vectors::sentence_vectors(const document& doc) {
  const auto& sentences = doc.sentences();
  const auto& tokens = doc.tokens();
  const auto& terms = doc.terms();
  const std::size_t n = sentences.size();
  // One flat list of words with per-sentence offsets: one allocation instead
  // of one per sentence.
  std::vector<word> words;
  std::vector<std::size_t> starts(n + 1, 0);
  word_counts_.assign(n, 0);
  char_counts_.assign(n, 0);
  if (n > 0) {
    const std::size_t first = sentences.front().first_token;
    const std::size_t last = sentences.back().first_token + sentences.back().token_count;
    words.reserve(last > first ? last - first : 0);
  }
  for (std::size_t s = 0; s < n; ++s) {
    const sentence& sent = sentences[s];
    starts[s] = words.size();
    char_counts_[s] = code_points(doc.slice(sent.bytes));
    std::size_t word_count = 0;
    const std::size_t end = std::min(tokens.size(), sent.first_token + sent.token_count);
    for (std::size_t t = sent.first_token; t < end; ++t) {
      const token& tok = tokens[t];
      word_count += counts_as_word(tok.kind);
      if (!is_wordlike(tok.kind) || tok.term >= terms.size()) continue;
      const term& info = terms[tok.term];
      words.push_back({info.stem_id, info.stopword});
    }
    word_counts_[s] = word_count;
  }
  starts[n] = words.size();
  build(words, starts);
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
  words_.resize(n);
  content_.resize(n);
  counts_.resize(n);
  tfidf_.resize(n);
  tfidf_norms_.resize(n);

  // Dense ids follow first occurrence. Stem ids of a parsed document are small
  // (indices into its stems), so a direct table maps them; arbitrary ids fall
  // back to a hash map. Either way nothing depends on an iteration order.
  std::uint32_t max_stem = 0;
  for (const word& w : words) max_stem = std::max(max_stem, w.stem);
  const bool direct = std::size_t{max_stem} <= 4 * words.size() + 1024;
  std::vector<std::uint32_t> dense_table(direct ? std::size_t{max_stem} + 1 : 0, no_term);
  std::unordered_map<std::uint32_t, std::uint32_t> dense_map;
  auto dense_id = [&](std::uint32_t stem) {
    const auto next = static_cast<std::uint32_t>(stem_ids_.size());
    if (direct) {
      std::uint32_t& id = dense_table[stem];
      if (id == no_term) {
        id = next;
        stem_ids_.push_back(stem);
      }
      return id;
    }
    auto [it, inserted] = dense_map.emplace(stem, next);
    if (inserted) stem_ids_.push_back(stem);
    return it->second;
  };

  for (std::size_t s = 0; s < n; ++s) {
    std::vector<std::uint32_t>& all = words_[s];
    std::vector<std::uint32_t>& content = content_[s];
    all.reserve(starts[s + 1] - starts[s]);
    std::size_t content_count = 0;
    for (std::size_t i = starts[s]; i < starts[s + 1]; ++i) content_count += !words[i].stopword;
    content.reserve(content_count);
    for (std::size_t i = starts[s]; i < starts[s + 1]; ++i) {
      const word& w = words[i];
      if (w.stopword) {
        all.push_back(no_term);
        continue;
      }
      const std::uint32_t id = dense_id(w.stem);
      all.push_back(id);
      content.push_back(id);
    }
  }

  const std::size_t vocabulary = stem_ids_.size();
  df_.assign(vocabulary, 0);
  tf_.assign(vocabulary, 0);
  std::vector<std::uint32_t> sorted;
  for (std::size_t s = 0; s < n; ++s) {
    sorted.assign(content_[s].begin(), content_[s].end());
    std::sort(sorted.begin(), sorted.end());
    std::size_t distinct = 0;
    for (std::size_t i = 0; i < sorted.size(); ++i) distinct += i == 0 || sorted[i] != sorted[i - 1];
    sparse_vector& counts = counts_[s];
    counts.reserve(distinct);
    for (std::size_t i = 0; i < sorted.size();) {
      std::size_t j = i;
      while (j < sorted.size() && sorted[j] == sorted[i]) ++j;
      counts.push_back({sorted[i], double(j - i)});
      ++df_[sorted[i]];
      tf_[sorted[i]] += j - i;
      i = j;
    }
    total_content_ += sorted.size();
  }

  idf_.resize(vocabulary);
  for (std::size_t t = 0; t < vocabulary; ++t) {
    idf_[t] = std::log((1.0 + double(n)) / (1.0 + double(df_[t]))) + 1.0;
  }
  for (std::size_t s = 0; s < n; ++s) {
    sparse_vector& weights = tfidf_[s];
    weights = counts_[s];
    for (auto& entry : weights) entry.weight *= idf_[entry.term];
    tfidf_norms_[s] = norm(weights);
  }
}

double sentence_vectors::cosine(std::size_t a, std::size_t b) const noexcept {
  const double denominator = tfidf_norms_[a] * tfidf_norms_[b];
  if (denominator <= 0) return 0;
  // Rounding can push the cosine of near-identical vectors just past 1.
  return std::min(1.0, dot(tfidf_[a], tfidf_[b]) / denominator);
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
  const sparse_vector& counts = vectors_->counts(target);
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

}  // namespace newslib::detail
