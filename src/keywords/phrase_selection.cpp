#include "keywords/phrase_selection.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "unicode/utf8.hpp"

namespace newslib::detail {
namespace {

struct chosen {
  scored_phrase phrase;
  std::vector<std::size_t> occurrences;  // first token of each
  std::string key;
};

// True if tokens [at, at + size) share a token with an occurrence of `other`
// (whose occurrences are in ascending order: a binary search, so phrases that
// occur thousands of times cost no quadratic time).
bool overlaps(std::size_t at, std::size_t size, const chosen& other) {
  const std::size_t other_size = other.phrase.stems.size();
  // The first occurrence that ends after `at` is the only candidate.
  const std::size_t from = at + 1 >= other_size ? at + 1 - other_size : 0;
  const auto it = std::lower_bound(other.occurrences.begin(), other.occurrences.end(), from);
  return it != other.occurrences.end() && *it < at + size;
}

// A phrase stands on its own when more than half of its occurrences share no
// token with the phrases in `others`.
bool stands_alone(const std::vector<std::size_t>& occurrences, std::size_t size,
                  const std::vector<const chosen*>& others) {
  std::size_t alone = 0;
  for (const std::size_t at : occurrences) {
    if (std::none_of(others.begin(), others.end(),
                     [&](const chosen* c) { return overlaps(at, size, *c); })) {
      ++alone;
    }
  }
  return 2 * alone > occurrences.size();
}

std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out.push_back(decode_utf8(s, i));
  return out;
}

}  // namespace

bool contains_phrase(const stem_sequence& outer, const stem_sequence& inner) {
  if (inner.empty() || inner.size() >= outer.size()) return false;
  return std::search(outer.begin(), outer.end(), inner.begin(), inner.end()) != outer.end();
}

double levenshtein_similarity(std::string_view a, std::string_view b) {
  const std::u32string x = code_points(a);
  const std::u32string y = code_points(b);
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
  if (options.top == 0) return {};
  std::sort(candidates.begin(), candidates.end(), better_phrase);
  std::vector<chosen> picked;

  for (scored_phrase& candidate : candidates) {
    // Once the list is full, only a phrase that could take a part's place matters.
    if (picked.size() >= options.top &&
        std::none_of(picked.begin(), picked.end(), [&](const chosen& c) {
          return contains_phrase(candidate.stems, c.phrase.stems);
        })) {
      continue;
    }
    std::string key = finder.key(candidate.stems);
    if (options.max_similarity < 1.0 &&
        std::any_of(picked.begin(), picked.end(), [&](const chosen& c) {
          return levenshtein_similarity(c.key, key) > options.max_similarity;
        })) {
      continue;
    }
    std::vector<std::size_t> occurrences = finder.occurrences(candidate.stems);
    chosen self{std::move(candidate), std::move(occurrences), std::move(key)};
    const std::size_t size = self.phrase.stems.size();

    // Chosen parts of this phrase ("korea" when this is "south korea"): a much
    // stronger part rules this phrase out; any other part keeps its place only
    // if it still stands on its own beside this phrase and the other chosen
    // phrases, and otherwise gives its place to this more specific phrase.
    bool drop = false;
    std::vector<char> is_part(picked.size(), 0);
    std::vector<std::size_t> replaced;
    for (std::size_t i = 0; i < picked.size() && !drop; ++i) {
      const chosen& part = picked[i];
      if (!contains_phrase(self.phrase.stems, part.phrase.stems)) continue;
      is_part[i] = 1;
      std::vector<const chosen*> others{&self};
      for (const chosen& c : picked) {
        if (&c != &part) others.push_back(&c);
      }
      if (part.phrase.strength >= options.dominance * self.phrase.strength) {
        drop = true;  // the part alone says it far better
      } else if (!stands_alone(part.occurrences, part.phrase.stems.size(), others)) {
        replaced.push_back(i);
      }
    }
    if (drop) continue;

    // Every other chosen phrase that shares text with this one (a longer
    // phrase holding it, or an overlapping one such as "north korean
    // aggression" for "deterring north korean"): this phrase must stand on
    // its own against them.
    std::vector<const chosen*> others;
    for (std::size_t i = 0; i < picked.size(); ++i) {
      if (!is_part[i]) others.push_back(&picked[i]);
    }
    if (!stands_alone(self.occurrences, size, others)) continue;

    if (replaced.empty() && picked.size() >= options.top) continue;
    for (auto it = replaced.rbegin(); it != replaced.rend(); ++it) {
      picked.erase(picked.begin() + static_cast<std::ptrdiff_t>(*it));
    }
    picked.push_back(std::move(self));
  }

  std::vector<scored_phrase> out;
  out.reserve(picked.size());
  for (chosen& c : picked) out.push_back(std::move(c.phrase));
  // Best first by the score the caller sees. YAKE's score and strength are
  // two roundings of one value: by strength alone, two phrases a rounding
  // apart could come out with their scores in the wrong order.
  std::sort(out.begin(), out.end(), [](const scored_phrase& a, const scored_phrase& b) {
    if (a.score != b.score) return a.score > b.score;
    return better_phrase(a, b);
  });
  return out;
}

}  // namespace newslib::detail
