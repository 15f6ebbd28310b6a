#include "keywords/yake_keyphrases.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "text/utf8.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

constexpr std::size_t max_ngram = 3;

struct term_stats {
  std::size_t tf = 0;
  std::size_t acronym = 0;      // all cased letters upper case, two or more characters
  std::size_t capitalised = 0;  // starts upper case, not the sentence's first word
  std::vector<std::size_t> sentences;  // distinct, ascending
  std::set<std::uint32_t> left;        // distinct neighbours
  std::set<std::uint32_t> right;
  std::size_t left_count = 0;  // co-occurrences with them
  std::size_t right_count = 0;
  bool stopword = false;
  double score = 0;  // S(t)
};

struct casing {
  bool acronym = false;
  bool capitalised = false;
};

casing casing_of(std::string_view surface) {
  casing c;
  std::size_t i = 0;
  std::size_t characters = 0;
  bool any_cased = false;
  bool all_upper = true;
  while (i < surface.size()) {
    const auto cp = static_cast<UChar32>(decode_utf8(surface, i));
    if (characters == 0) c.capitalised = u_isupper(cp) || u_istitle(cp);
    ++characters;
    if (u_isupper(cp) || u_istitle(cp)) {
      any_cased = true;
    } else if (u_islower(cp)) {
      any_cased = true;
      all_upper = false;
    }
  }
  c.acronym = any_cased && all_upper && characters > 1;
  return c;
}

double median(const std::vector<std::size_t>& sorted) {
  const std::size_t n = sorted.size();
  if (n == 0) return 0;
  if (n % 2 == 1) return static_cast<double>(sorted[n / 2]);
  return (static_cast<double>(sorted[n / 2 - 1]) + static_cast<double>(sorted[n / 2])) / 2;
}

}  // namespace

std::vector<scored_phrase> yake_keyphrases(const document& doc, const phrase_finder& finder) {
  const auto& tokens = doc.tokens();
  const std::size_t sentence_count = doc.sentences().size();
  if (sentence_count == 0) return {};

  // Term statistics over every word and number, stopwords included.
  std::map<std::uint32_t, term_stats> terms;
  for (const sentence& s : doc.sentences()) {
    bool first_word = true;
    // The stem of the previous token if a word, inside the chunk.
    constexpr std::uint32_t none = UINT32_MAX;
    std::uint32_t previous = none;
    for (std::size_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
      const token& t = tokens[i];
      if (t.kind != token_kind::word && t.kind != token_kind::number) {
        previous = none;  // punctuation and symbols end a chunk
        continue;
      }
      const term& tm = doc.term_of(t);
      term_stats& st = terms[tm.stem_id];
      ++st.tf;
      st.stopword = finder.is_stopword(tm);
      if (st.sentences.empty() || st.sentences.back() != s.index) st.sentences.push_back(s.index);
      if (t.kind == token_kind::number) {
        previous = none;  // numbers take no part in co-occurrence
        first_word = false;
        continue;
      }
      const casing c = casing_of(doc.slice(t.bytes()));
      if (c.acronym) {
        ++st.acronym;
      } else if (c.capitalised && !first_word) {
        ++st.capitalised;
      }
      first_word = false;
      if (previous != none) {
        const std::uint32_t left = previous;
        term_stats& ls = terms[left];
        ls.right.insert(tm.stem_id);
        ++ls.right_count;
        term_stats& rs = terms[tm.stem_id];
        rs.left.insert(left);
        ++rs.left_count;
      }
      previous = tm.stem_id;
    }
  }
  if (terms.empty()) return {};

  double max_tf = 0;
  double sum = 0;
  double sum_squares = 0;
  std::size_t valid = 0;
  for (const auto& [stem, st] : terms) {
    const double tf = static_cast<double>(st.tf);
    max_tf = std::max(max_tf, tf);
    if (st.stopword) continue;
    ++valid;
    sum += tf;
    sum_squares += tf * tf;
  }
  double frequency_norm = 1;
  if (valid > 0) {
    const double mean = sum / static_cast<double>(valid);
    const double variance = std::max(0.0, sum_squares / static_cast<double>(valid) - mean * mean);
    frequency_norm = mean + std::sqrt(variance);
  }

  for (auto& [stem, st] : terms) {
    const double tf = static_cast<double>(st.tf);
    const double casing_weight = static_cast<double>(std::max(st.acronym, st.capitalised)) /
                                 (1.0 + std::log(tf));
    const double position = std::log(std::log(3.0 + median(st.sentences)));
    const double frequency = tf / frequency_norm;
    const double left = st.left_count == 0 ? 0.0
                                           : static_cast<double>(st.left.size()) /
                                                 static_cast<double>(st.left_count);
    const double right = st.right_count == 0 ? 0.0
                                             : static_cast<double>(st.right.size()) /
                                                   static_cast<double>(st.right_count);
    const double relatedness = 1.0 + (left + right) * tf / max_tf;
    const double spread =
        static_cast<double>(st.sentences.size()) / static_cast<double>(sentence_count);
    st.score = position * relatedness /
               (casing_weight + frequency / relatedness + spread / relatedness);
  }

  // Candidates: 1- to 3-grams of words inside the content runs.
  std::map<stem_sequence, std::size_t> index;
  std::vector<scored_phrase> phrases;
  std::vector<std::size_t> counts;
  stem_sequence stems;
  for_each_candidate(finder, [&](std::size_t i, std::size_t size) {
    if (size > max_ngram) return;
    stems.clear();
    for (std::size_t j = i; j < i + size; ++j) stems.push_back(doc.term_of(tokens[j]).stem_id);
    const auto [it, inserted] = index.emplace(stems, phrases.size());
    if (inserted) {
      scored_phrase p;
      p.stems = stems;
      p.first_token = i;
      phrases.push_back(std::move(p));
      counts.push_back(0);
    }
    ++counts[it->second];
  });

  for (std::size_t k = 0; k < phrases.size(); ++k) {
    scored_phrase& p = phrases[k];
    double product = 1;
    double total = 0;
    for (const std::uint32_t stem : p.stems) {
      const double s = terms.at(stem).score;
      product *= s;
      total += s;
    }
    const double yake = product / (static_cast<double>(counts[k]) * (1.0 + total));
    p.score = 1.0 / (1.0 + yake);
    p.strength = yake > 0 ? 1.0 / yake : std::numeric_limits<double>::max();
  }
  return phrases;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
