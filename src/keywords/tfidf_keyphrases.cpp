#include "keywords/tfidf_keyphrases.hpp"

#include <cctype>
#include <cmath>
#include <map>
#include <unordered_set>
#include <utility>

#include "keywords/background_idf.hpp"
#include "language/languages.hpp"
#include "tokenize/term_interner.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

// A phrase is rarer than its words: each word after the first adds this much
// idf (about the idf of a word found in one article of five).
constexpr double phrase_bonus = 1.5;
// How many documents a corpus needs before its own counts weigh as much as
// the background table (a corpus of a few articles says little about rarity).
constexpr double corpus_prior = 50;
constexpr double headline_weight = 1.5;
// score = w / (w + score_scale): a phrase of weight 10 scores 0.5.
constexpr double score_scale = 10;

// The stems of the headline's words (the headline is not part of the body).
std::unordered_set<std::string> headline_stems(const document& doc) {
  std::unordered_set<std::string> out;
  if (!doc.meta().title) return out;
  const std::string_view title = doc.slice(*doc.meta().title);
  const std::size_t id = language_id(doc.language().code);
  term_form form;
  std::size_t i = 0;
  while (i < title.size()) {
    // Words: runs of bytes that are not ASCII space or punctuation (apostrophes
    // and hyphens stay inside, as the tokenizer keeps them).
    const auto separator = [](char c) {
      const auto u = static_cast<unsigned char>(c);
      return u < 0x80 && !std::isalnum(u) && c != '\'' && c != '-';
    };
    while (i < title.size() && separator(title[i])) ++i;
    std::size_t j = i;
    while (j < title.size() && !separator(title[j])) ++j;
    if (j > i) {
      make_term_form(title.substr(i, j - i), token_kind::word, id, form);
      out.insert(form.stem);
    }
    i = j;
  }
  return out;
}

}  // namespace

std::vector<std::string> candidate_keys(const phrase_finder& finder) {
  const document& doc = finder.doc();
  const auto& tokens = doc.tokens();
  std::map<stem_sequence, char> seen;
  stem_sequence stems;
  for_each_candidate(finder, [&](std::size_t first, std::size_t size) {
    stems.clear();
    for (std::size_t k = first; k < first + size; ++k) stems.push_back(doc.term_of(tokens[k]).stem_id);
    seen.emplace(stems, 0);
  });
  std::vector<std::string> out;
  out.reserve(seen.size());
  for (const auto& [phrase, unused] : seen) out.push_back(finder.key(phrase));
  return out;
}

std::vector<scored_phrase> tfidf_keyphrases(const phrase_finder& finder,
                                            const keyword_corpus* corpus) {
  const document& doc = finder.doc();
  const auto& tokens = doc.tokens();
  const auto& sentences = doc.sentences();

  struct stats {
    std::size_t count = 0;
    std::size_t first_sentence = 0;
  };
  std::map<stem_sequence, std::size_t> index;
  std::vector<scored_phrase> phrases;
  std::vector<stats> counts;
  std::size_t sentence = 0;  // of the token being looked at, found by walking forward
  stem_sequence stems;
  for_each_candidate(finder, [&](std::size_t first, std::size_t size) {
    while (sentence + 1 < sentences.size() &&
           sentences[sentence].first_token + sentences[sentence].token_count <= first) {
      ++sentence;
    }
    stems.clear();
    for (std::size_t k = first; k < first + size; ++k) stems.push_back(doc.term_of(tokens[k]).stem_id);
    const auto [it, inserted] = index.emplace(stems, phrases.size());
    if (inserted) {
      scored_phrase p;
      p.stems = stems;
      p.first_token = first;
      phrases.push_back(std::move(p));
      counts.push_back({0, sentence});
    }
    ++counts[it->second].count;
  });
  if (phrases.empty()) return phrases;

  // Background idf per stem, looked up once.
  const background_idf* background = background_idf::for_language(doc.language().code);
  constexpr double no_table_idf = 1.0;  // without a table, weight is tf and position only
  std::vector<double> stem_idf(doc.stems().size(), -1);
  const auto idf_of_stem = [&](std::uint32_t s) {
    if (stem_idf[s] < 0) {
      stem_idf[s] = background ? background->idf(std::string(doc.stems()[s])) : no_table_idf;
    }
    return stem_idf[s];
  };
  const std::unordered_set<std::string> headline = headline_stems(doc);

  const double n_docs = corpus ? static_cast<double>(corpus->documents()) : 0;
  const double corpus_share = n_docs / (n_docs + corpus_prior);
  for (std::size_t k = 0; k < phrases.size(); ++k) {
    scored_phrase& p = phrases[k];
    double idf = 0;
    bool in_headline = !headline.empty();
    for (const std::uint32_t s : p.stems) {
      idf += idf_of_stem(s);
      in_headline = in_headline && headline.count(std::string(doc.stems()[s])) != 0;
    }
    idf = idf / static_cast<double>(p.stems.size()) +
          phrase_bonus * static_cast<double>(p.stems.size() - 1);
    if (corpus != nullptr && n_docs > 0) {
      const double df = static_cast<double>(corpus->frequency(finder.key(p.stems)));
      const double corpus_idf = std::log((n_docs + 1) / (df + 1)) + 1;
      idf = corpus_share * corpus_idf + (1 - corpus_share) * idf;
    }
    const double position = 1.0 + 1.0 / (1.0 + static_cast<double>(counts[k].first_sentence));
    const double w = static_cast<double>(counts[k].count) * idf * position *
                     (in_headline ? headline_weight : 1.0);
    p.strength = w;
    p.score = w / (w + score_scale);
  }
  return phrases;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
