#include "keywords/phrase_selection.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "language/languages.hpp"
#include "stem/stemmer.hpp"
#include "text/utf8.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

std::u32string decode_code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out.push_back(decode_utf8(s, i));
  return out;
}

// The phrase's words as stems, a hyphenated word giving the stems of its
// parts instead ("job-market" gives "job", "market"), so that "jobs" and
// "job-market" nest as the reader sees them.
std::vector<std::string> word_stems(const phrase_finder& finder, const stem_sequence& phrase) {
  const document& doc = finder.doc();
  const std::size_t language = language_id(doc.language().code);
  std::vector<std::string> out;
  std::string stem;
  for (const std::uint32_t id : phrase) {
    const std::string_view word = doc.stems()[id];
    if (word.find('-') == std::string_view::npos) {
      out.emplace_back(word);
      continue;
    }
    std::size_t i = 0;
    while (i <= word.size()) {
      std::size_t j = word.find('-', i);
      if (j == std::string_view::npos) j = word.size();
      if (j > i) {
        if (language < language_count) {
          snowball_stem(language, word.substr(i, j - i), stem);
          out.push_back(stem);
        } else {
          out.emplace_back(word.substr(i, j - i));
        }
      }
      i = j + 1;
    }
  }
  return out;
}

// True if one word sequence holds the other as contiguous words (or they are equal).
bool nested(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const auto& shorter = a.size() <= b.size() ? a : b;
  const auto& longer = a.size() <= b.size() ? b : a;
  return std::search(longer.begin(), longer.end(), shorter.begin(), shorter.end()) != longer.end();
}

}  // namespace

bool contains_phrase(const stem_sequence& outer, const stem_sequence& inner) {
  if (inner.empty() || inner.size() >= outer.size()) return false;
  return std::search(outer.begin(), outer.end(), inner.begin(), inner.end()) != outer.end();
}

double levenshtein_similarity(std::string_view a, std::string_view b) {
  const std::u32string x = decode_code_points(a);
  const std::u32string y = decode_code_points(b);
  const std::size_t longest = std::max(x.size(), y.size());
  if (longest == 0) return 1.0;
  std::vector<std::size_t> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return 1.0 - static_cast<double>(row[y.size()]) / static_cast<double>(longest);
}

std::vector<scored_phrase> select_phrases(std::vector<scored_phrase> candidates,
                                          const phrase_finder& finder,
                                          const selection_options& options) {
  std::vector<scored_phrase> out;
  if (options.top == 0) return out;
  // Best first by the score the caller sees, then by strength: YAKE's score
  // and strength are two roundings of one value, and ordering by strength
  // alone could list two phrases a rounding apart with scores out of order.
  std::sort(candidates.begin(), candidates.end(),
            [](const scored_phrase& a, const scored_phrase& b) {
              if (a.score != b.score) return a.score > b.score;
              return better_phrase(a, b);
            });
  std::vector<std::string> keys;
  std::vector<std::vector<std::string>> taken_words;
  for (scored_phrase& candidate : candidates) {
    if (out.size() >= options.top) break;
    std::vector<std::string> words = word_stems(finder, candidate.stems);
    if (std::any_of(taken_words.begin(), taken_words.end(),
                    [&](const std::vector<std::string>& t) { return nested(t, words); })) {
      continue;
    }
    if (options.max_similarity < 1.0) {
      std::string key = finder.key(candidate.stems);
      if (std::any_of(keys.begin(), keys.end(), [&](const std::string& k) {
            return levenshtein_similarity(k, key) > options.max_similarity;
          })) {
        continue;
      }
      keys.push_back(std::move(key));
    }
    taken_words.push_back(std::move(words));
    out.push_back(std::move(candidate));
  }
  return out;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
