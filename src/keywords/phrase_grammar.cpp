#include "keywords/phrase_grammar.hpp"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include "keywords/keyword_stoplist.hpp"
#include "text/byte_scan.hpp"
#include "util/embedded_data.hpp"
#include "text/case_fold.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

// Bytes of `word` from `at` that match `rule` (0 if it does not match).
std::size_t match_at(std::string_view word, std::size_t at, std::string_view rule) noexcept {
  static constexpr std::string_view right_quote = "\xE2\x80\x99";  // U+2019
  std::size_t i = at;
  for (const char r : rule) {
    if (r == '\'') {
      if (i < word.size() && word[i] == '\'') {
        ++i;
      } else if (word.substr(i, right_quote.size()) == right_quote) {
        i += right_quote.size();
      } else {
        return 0;
      }
    } else if (i < word.size() && ascii_lower(word[i]) == r) {
      ++i;
    } else {
      return 0;
    }
  }
  return i - at;
}

// The byte length of a suffix `rule` at the end of `word`, or 0. A rule's
// apostrophe is one or three bytes in the word, so try both lengths.
std::size_t match_suffix(std::string_view word, std::string_view rule) noexcept {
  const std::size_t apostrophes = static_cast<std::size_t>(std::count(rule.begin(), rule.end(), '\''));
  for (std::size_t extra = 0; extra <= 2 * apostrophes; extra += 2) {
    const std::size_t size = rule.size() + extra;
    if (size > word.size()) break;
    if (match_at(word, word.size() - size, rule) == size) return size;
  }
  return 0;
}

bool contains_letter(std::string_view s) noexcept {
  // Any non-ASCII byte may be a letter; ASCII must be a letter itself.
  return std::any_of(s.begin(), s.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return is_ascii_letter(b) || b >= 0x80;
  });
}

std::map<std::string, clitic_rules, std::less<>> load_rules() {
  std::map<std::string, clitic_rules, std::less<>> out;
  const auto text = embedded_file("keywords/clitics.tsv");
  if (!text) return out;
  std::size_t i = 0;
  while (i < text->size()) {
    std::size_t e = text->find('\n', i);
    if (e == std::string_view::npos) e = text->size();
    const std::string_view line = text->substr(i, e - i);
    i = e + 1;
    if (line.empty() || line.front() == '#') continue;
    const std::size_t t1 = line.find('\t');
    const std::size_t t2 = line.find('\t', t1 + 1);
    if (t1 == std::string_view::npos || t2 == std::string_view::npos) continue;
    clitic_rules& rules = out[std::string(line.substr(0, t1))];
    const std::string_view kind = line.substr(t1 + 1, t2 - t1 - 1);
    std::string form(line.substr(t2 + 1));
    while (!form.empty() && (form.back() == '\r' || form.back() == ' ')) form.pop_back();
    (kind == "prefix" ? rules.prefixes : rules.suffixes).push_back(std::move(form));
  }
  const auto longest_first = [](const std::string& a, const std::string& b) {
    return a.size() > b.size();
  };
  for (auto& [language, rules] : out) {
    std::stable_sort(rules.prefixes.begin(), rules.prefixes.end(), longest_first);
    std::stable_sort(rules.suffixes.begin(), rules.suffixes.end(), longest_first);
  }
  return out;
}

const stopword_set* common_stoplist() {
  static const std::unique_ptr<stopword_set> list = [] {
    const auto text = embedded_file("keywords/common.txt");
    return text ? std::make_unique<stopword_set>(*text) : nullptr;
  }();
  return list.get();
}

}  // namespace

const clitic_rules& clitics_for(std::string_view language) {
  static const auto all = load_rules();
  static const clitic_rules none;
  const auto it = all.find(language);
  return it == all.end() ? none : it->second;
}

clitic_trim find_clitics(std::string_view word, const clitic_rules& rules) noexcept {
  clitic_trim trim;
  for (const std::string& p : rules.prefixes) {
    const std::size_t n = match_at(word, 0, p);
    if (n > 0 && contains_letter(word.substr(n))) {
      trim.front = n;
      break;
    }
  }
  for (const std::string& s : rules.suffixes) {
    const std::size_t n = match_suffix(word, s);
    if (n > 0 && n + trim.front < word.size() &&
        contains_letter(word.substr(trim.front, word.size() - n - trim.front))) {
      trim.back = n;
      break;
    }
  }
  return trim;
}

keyword_stopwords::keyword_stopwords(std::string_view language)
    : stopwords_(stopwords_for(language)),
      language_(keyword_stoplist(language)),
      common_(common_stoplist()) {}

bool keyword_stopwords::contains(std::string_view key) const noexcept {
  return (stopwords_ != nullptr && stopwords_->contains(key)) ||
         (language_ != nullptr && language_->contains(key)) ||
         (common_ != nullptr && common_->contains(key));
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
