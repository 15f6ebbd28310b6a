#include "newslib/rouge.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "rouge/lcs.hpp"
#include "rouge/rouge_tokenizer.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace {

using detail::token_ids;

// Tokens of one text: per newline-separated line (for ROUGE-Lsum) and all of
// them in order (for ROUGE-N and ROUGE-L). A newline always separates tokens,
// so the whole text's tokens are the lines' tokens in sequence.
struct tokenized_text {
  std::vector<token_ids> lines;  // non-empty lines only, as rouge-score keeps them
  token_ids all;
};

class vocabulary {
 public:
  std::uint32_t id(std::string&& token) {
    const auto [it, inserted] =
        ids_.try_emplace(std::move(token), static_cast<std::uint32_t>(ids_.size()));
    return it->second;
  }
  [[nodiscard]] std::size_t size() const noexcept { return ids_.size(); }

 private:
  std::unordered_map<std::string, std::uint32_t> ids_;
};

tokenized_text tokenize_for_rouge(std::string_view text, bool stem, vocabulary& vocab) {
  tokenized_text out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    // Empty lines are dropped, but a line of punctuation or spaces stays as a
    // sentence without tokens (it changes nothing but is kept for fidelity).
    if (!line.empty()) {
      token_ids ids;
      for (std::string& token : detail::rouge_tokenize(line, stem)) {
        ids.push_back(vocab.id(std::move(token)));
      }
      out.all.insert(out.all.end(), ids.begin(), ids.end());
      out.lines.push_back(std::move(ids));
    }
    start = end + 1;
  }
  return out;
}

rouge_score make_score(double precision, double recall) {
  rouge_score s;
  s.precision = precision;
  s.recall = recall;
  // Same expression and order of operations as rouge-score, for identical bits.
  s.f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
  return s;
}

double ratio(std::size_t numerator, std::size_t denominator) {
  return static_cast<double>(numerator) / static_cast<double>(denominator);
}

std::vector<std::uint64_t> ngram_keys(const token_ids& tokens, std::size_t n) {
  std::vector<std::uint64_t> keys;
  if (tokens.size() < n) return keys;
  keys.reserve(tokens.size() - n + 1);
  for (std::size_t i = 0; i + n <= tokens.size(); ++i) {
    keys.push_back(n == 1 ? tokens[i]
                          : (std::uint64_t{tokens[i]} << 32) | std::uint64_t{tokens[i + 1]});
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

// ROUGE-N for n = 1 or 2: clipped n-gram matches (multiset intersection).
rouge_score rouge_n(const token_ids& reference, const token_ids& candidate, std::size_t n) {
  const std::vector<std::uint64_t> ref = ngram_keys(reference, n);
  const std::vector<std::uint64_t> cand = ngram_keys(candidate, n);
  std::size_t overlap = 0;
  for (std::size_t i = 0, j = 0; i < ref.size() && j < cand.size();) {
    if (ref[i] < cand[j]) {
      ++i;
    } else if (cand[j] < ref[i]) {
      ++j;
    } else {
      ++overlap;
      ++i;
      ++j;
    }
  }
  return make_score(ratio(overlap, std::max<std::size_t>(cand.size(), 1)),
                    ratio(overlap, std::max<std::size_t>(ref.size(), 1)));
}

rouge_score rouge_l(const token_ids& reference, const token_ids& candidate) {
  if (reference.empty() || candidate.empty()) return {};
  const std::size_t lcs = detail::lcs_length(reference, candidate);
  return make_score(ratio(lcs, candidate.size()), ratio(lcs, reference.size()));
}

// Summary-level LCS (Lin 2004, section 3.2) with ROUGE-1.5.5's clipping: each
// reference sentence's union LCS against all candidate sentences scores a hit
// per token only while that token has unused occurrences on both sides.
rouge_score rouge_lsum(const tokenized_text& reference, const tokenized_text& candidate,
                       std::size_t vocabulary_size) {
  if (reference.lines.empty() || candidate.lines.empty()) return {};
  if (reference.all.empty() || candidate.all.empty()) return {};

  std::vector<std::uint32_t> left_in_reference(vocabulary_size, 0);
  std::vector<std::uint32_t> left_in_candidate(vocabulary_size, 0);
  for (const std::uint32_t t : reference.all) ++left_in_reference[t];
  for (const std::uint32_t t : candidate.all) ++left_in_candidate[t];

  std::size_t hits = 0;
  std::vector<char> in_union;
  std::vector<std::uint32_t> table;
  for (const token_ids& sentence : reference.lines) {
    in_union.assign(sentence.size(), 0);
    for (const token_ids& other : candidate.lines) {
      detail::mark_lcs(sentence, other, in_union, table);
    }
    for (std::size_t i = 0; i < sentence.size(); ++i) {
      if (!in_union[i]) continue;
      const std::uint32_t t = sentence[i];
      if (left_in_candidate[t] > 0 && left_in_reference[t] > 0) {
        ++hits;
        --left_in_candidate[t];
        --left_in_reference[t];
      }
    }
  }
  return make_score(ratio(hits, candidate.all.size()), ratio(hits, reference.all.size()));
}

}  // namespace

rouge_scores rouge(std::string_view candidate, std::string_view reference,
                   const rouge_options& options) {
  vocabulary vocab;
  const tokenized_text ref = tokenize_for_rouge(reference, options.stemmer, vocab);
  const tokenized_text cand = tokenize_for_rouge(candidate, options.stemmer, vocab);

  rouge_scores scores;
  scores.rouge1 = rouge_n(ref.all, cand.all, 1);
  scores.rouge2 = rouge_n(ref.all, cand.all, 2);
  scores.rougeL = rouge_l(ref.all, cand.all);
  scores.rougeLsum = rouge_lsum(ref, cand, vocab.size());
  return scores;
}

NEWSLIB_END_NAMESPACE
