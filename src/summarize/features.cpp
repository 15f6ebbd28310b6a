#include "summarize/features.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <string_view>

#include "summarize/pair_cosines.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

// Column of each feature; `sentence_feature_names` lists them in this order.
enum column : std::size_t {
  position,
  relative_position,
  sentence_count,
  words,
  content_terms,
  stopword_ratio,
  relative_length,
  words_before,
  relative_word_position,
  centroid_similarity,
  centroid_rank,
  centroid_rank_fraction,
  mean_similarity,
  mean_similarity_rank,
  mean_similarity_rank_fraction,
  forward_similarity,
  backward_similarity,
  max_similarity,
  max_backward_similarity,
  max_forward_similarity,
  previous_similarity,
  next_similarity,
  first_sentence_similarity,
  quotes,
  numbers,
  question,
  mean_term_probability,
  mean_idf,
  column_count
};

// Quotation marks as tokens: PTB's `` and '' and the plain and typographic
// marks of raw text. Apostrophes inside words are part of word tokens.
bool is_quote(std::string_view text) noexcept {
  static constexpr std::string_view marks[] = {
      "\"", "``", "''", "\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB", "\u2018", "\u2019", "'"};
  return std::find(std::begin(marks), std::end(marks), text) != std::end(marks);
}

// 0-based rank of each value, largest first, ties to the earlier sentence.
std::vector<std::size_t> descending_ranks(const std::vector<double>& values) {
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return values[a] > values[b]; });
  std::vector<std::size_t> rank(values.size());
  for (std::size_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  return rank;
}

}  // namespace

const std::vector<std::string>& sentence_feature_names() {
  static const std::vector<std::string> names = {
      "position",
      "relative_position",
      "sentence_count",
      "words",
      "content_terms",
      "stopword_ratio",
      "relative_length",
      "words_before",
      "relative_word_position",
      "centroid_similarity",
      "centroid_rank",
      "centroid_rank_fraction",
      "mean_similarity",
      "mean_similarity_rank",
      "mean_similarity_rank_fraction",
      "forward_similarity",
      "backward_similarity",
      "max_similarity",
      "max_backward_similarity",
      "max_forward_similarity",
      "previous_similarity",
      "next_similarity",
      "first_sentence_similarity",
      "quotes",
      "numbers",
      "question",
      "mean_term_probability",
      "mean_idf",
  };
  return names;
}

pair_cosines feature_cosines(const sentence_vectors& vectors) {
  return pair_cosines(vectors, vectors.sentence_count(), similarity_window, std::size_t{1} << 17);
}

feature_matrix compute_sentence_features(const document& doc, const sentence_vectors& vectors) {
  return compute_sentence_features(doc, vectors, feature_cosines(vectors));
}

feature_matrix compute_sentence_features(const document& doc, const sentence_vectors& vectors,
                                         const pair_cosines& cosine) {
  static_assert(column_count == 28, "update sentence_feature_names");
  const auto& sentences = doc.sentences();
  const std::size_t n = std::min(sentences.size(), vectors.sentence_count());
  feature_matrix out;
  out.rows = n;
  out.columns = column_count;
  out.values.assign(n * column_count, 0.0);
  if (n == 0) return out;
  auto set = [&](std::size_t s, column c, double value) { out.values[s * column_count + c] = value; };
  const double count = double(n);

  // Centroid of the length-normalised tf-idf vectors, so that long sentences
  // do not dominate it.
  std::vector<double> centroid(vectors.term_count(), 0.0);
  for (std::size_t s = 0; s < n; ++s) {
    const double length = vectors.tfidf_norm(s);
    if (length <= 0) continue;
    for (const auto& entry : vectors.tfidf(s)) centroid[entry.term] += entry.weight / length;
  }
  double centroid_norm = 0;
  for (double w : centroid) centroid_norm += w * w;
  centroid_norm = std::sqrt(centroid_norm);

  std::vector<double> centroid_scores(n, 0.0);
  std::vector<double> mean_scores(n, 0.0);
  double total_words = 0;
  for (std::size_t s = 0; s < n; ++s) total_words += double(vectors.word_count(s));
  const double mean_words = total_words / count;
  double words_so_far = 0;

  const double total_terms = double(vectors.total_content_terms());
  const auto& tokens = doc.tokens();

  for (std::size_t s = 0; s < n; ++s) {
    const sentence& sent = sentences[s];
    set(s, position, double(s));
    set(s, relative_position, double(s) / count);
    set(s, sentence_count, count);

    const std::size_t word_total = vectors.words(s).size();
    const auto& content = vectors.content_terms(s);
    set(s, words, double(vectors.word_count(s)));
    set(s, content_terms, double(content.size()));
    set(s, stopword_ratio,
        word_total > 0 ? 1.0 - double(content.size()) / double(word_total) : 0.0);
    set(s, relative_length, mean_words > 0 ? double(vectors.word_count(s)) / mean_words : 0.0);
    // Position in words as well as in sentences: segmentation differences
    // (run-on captions, bullet lists) move the second but not the first.
    set(s, words_before, words_so_far);
    set(s, relative_word_position, total_words > 0 ? words_so_far / total_words : 0.0);
    words_so_far += double(vectors.word_count(s));

    const double length = vectors.tfidf_norm(s);
    if (length > 0 && centroid_norm > 0) {
      double sum = 0;
      for (const auto& entry : vectors.tfidf(s)) sum += entry.weight * centroid[entry.term];
      centroid_scores[s] = sum / (length * centroid_norm);
    }
    set(s, centroid_similarity, centroid_scores[s]);

    // Pairwise similarities within the window, split by direction as in
    // PACSUM (Zheng & Lapata 2019): what a sentence shares with what follows
    // it marks a sentence that the rest of the article elaborates.
    const std::size_t lo = s > similarity_window ? s - similarity_window : 0;
    const std::size_t hi = std::min(n, s + similarity_window + 1);
    double forward = 0;
    double backward = 0;
    double best_backward = 0;
    double best_forward = 0;
    for (std::size_t o = lo; o < hi; ++o) {
      if (o == s) continue;
      const double c = cosine(s, o);
      if (o < s) {
        backward += c;
        best_backward = std::max(best_backward, c);
      } else {
        forward += c;
        best_forward = std::max(best_forward, c);
      }
    }
    const double partners = double(hi - lo - 1);
    if (partners > 0) {
      mean_scores[s] = (forward + backward) / partners;
      set(s, forward_similarity, forward / partners);
      set(s, backward_similarity, backward / partners);
    }
    set(s, mean_similarity, mean_scores[s]);
    // A sentence that restates an earlier one (a photo caption repeating the
    // lead, say) adds little; one restated later is what the text is about.
    set(s, max_similarity, std::max(best_backward, best_forward));
    set(s, max_backward_similarity, best_backward);
    set(s, max_forward_similarity, best_forward);
    set(s, previous_similarity, s > 0 ? cosine(s, s - 1) : 0.0);
    set(s, next_similarity, s + 1 < n ? cosine(s, s + 1) : 0.0);
    set(s, first_sentence_similarity, s == 0 ? 1.0 : cosine(s, 0));

    std::size_t quote_count = 0;
    std::size_t number_count = 0;
    bool asks = false;
    const std::size_t end = std::min(tokens.size(), std::size_t{sent.first_token} + sent.token_count);
    for (std::size_t t = sent.first_token; t < end; ++t) {
      const token& tok = tokens[t];
      if (tok.kind == token_kind::number) {
        ++number_count;
      } else if (tok.kind == token_kind::punctuation || tok.kind == token_kind::symbol ||
                 tok.kind == token_kind::other) {
        const std::string_view text = doc.slice(tok.bytes());
        if (is_quote(text)) ++quote_count;
        // A question ends in '?', perhaps followed by closing quotes.
        if (text == "?" || text == "\uFF1F") {
          asks = true;
        } else if (!is_quote(text) && text != ")") {
          asks = false;
        }
      } else {
        asks = false;
      }
    }
    set(s, quotes, double(quote_count));
    set(s, numbers, double(number_count));
    set(s, question, asks ? 1.0 : 0.0);

    if (!content.empty() && total_terms > 0) {
      double probability = 0;
      double idf = 0;
      for (std::uint32_t t : content) {
        probability += double(vectors.term_frequency(t)) / total_terms;
        idf += vectors.idf(t);
      }
      set(s, mean_term_probability, probability / double(content.size()));
      set(s, mean_idf, idf / double(content.size()));
    }
  }

  const auto centroid_ranks = descending_ranks(centroid_scores);
  const auto mean_ranks = descending_ranks(mean_scores);
  for (std::size_t s = 0; s < n; ++s) {
    set(s, centroid_rank, double(centroid_ranks[s]));
    set(s, centroid_rank_fraction, double(centroid_ranks[s]) / count);
    set(s, mean_similarity_rank, double(mean_ranks[s]));
    set(s, mean_similarity_rank_fraction, double(mean_ranks[s]) / count);
  }
  return out;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
