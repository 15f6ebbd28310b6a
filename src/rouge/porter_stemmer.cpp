#include "rouge/porter_stemmer.hpp"

#include <array>
#include <cstddef>
#include <utility>

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

using std::string_view;

bool is_vowel_letter(char c) noexcept {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Porter's consonant: not a, e, i, o, u, and not a 'y' that follows a
// consonant. A run of 'y's alternates, so walk back to the first non-'y'
// instead of recursing (a long "yyyy..." token must not cost a deep stack).
bool is_consonant(string_view w, std::size_t i) noexcept {
  if (is_vowel_letter(w[i])) return false;
  if (w[i] != 'y') return true;
  bool flip = false;
  while (i > 0 && w[i] == 'y') {
    flip = !flip;
    --i;
  }
  // w[i] is now the first letter of the run (i == 0) or the letter before it.
  return !is_vowel_letter(w[i]) != flip;
}

// m in [C](VC){m}[V]: the number of vowel-to-consonant transitions.
int measure(string_view s) noexcept {
  int m = 0;
  bool previous_consonant = true;  // the value before index 0 never matters
  bool previous_vowel = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool consonant;
    if (is_vowel_letter(s[i])) {
      consonant = false;
    } else if (s[i] == 'y') {
      consonant = i == 0 ? true : !previous_consonant;
    } else {
      consonant = true;
    }
    if (consonant && previous_vowel) ++m;
    previous_vowel = !consonant;
    previous_consonant = consonant;
  }
  return m;
}

bool contains_vowel(string_view s) noexcept {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!is_consonant(s, i)) return true;
  }
  return false;
}

bool ends_with(string_view s, string_view suffix) noexcept {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

string_view drop(string_view s, std::size_t n) noexcept { return s.substr(0, s.size() - n); }

// *d: ends with a double consonant.
bool ends_double_consonant(string_view s) noexcept {
  const std::size_t n = s.size();
  return n >= 2 && s[n - 1] == s[n - 2] && is_consonant(s, n - 1);
}

// *o: ends consonant-vowel-consonant, the last not w, x or y; the NLTK variant
// also accepts a two-letter vowel-consonant word.
bool ends_cvc(string_view s) noexcept {
  const std::size_t n = s.size();
  if (n >= 3) {
    const char last = s[n - 1];
    return is_consonant(s, n - 3) && !is_consonant(s, n - 2) && is_consonant(s, n - 1) &&
           last != 'w' && last != 'x' && last != 'y';
  }
  return n == 2 && !is_consonant(s, 0) && is_consonant(s, 1);
}

std::string join(string_view stem, string_view tail) {
  std::string out;
  out.reserve(stem.size() + tail.size());
  out.append(stem);
  out.append(tail);
  return out;
}

// A suffix rule "(m > min_measure) SUFFIX -> REPLACEMENT".
struct suffix_rule {
  string_view suffix;
  string_view replacement;
};

// Porter's rule lists are tried in order and the first rule whose suffix
// matches decides: when its condition fails, the word is left as it is and no
// later rule is tried.
template <std::size_t N>
std::string apply_measure_rules(std::string word, const std::array<suffix_rule, N>& rules,
                                int min_measure) {
  for (const auto& rule : rules) {
    if (!ends_with(word, rule.suffix)) continue;
    const string_view stem = drop(word, rule.suffix.size());
    if (measure(stem) > min_measure) return join(stem, rule.replacement);
    return word;
  }
  return word;
}

std::string step1a(std::string w) {
  if (w.size() == 4 && ends_with(w, "ies")) return join(drop(w, 3), "ie");
  if (ends_with(w, "sses")) return join(drop(w, 4), "ss");
  if (ends_with(w, "ies")) return join(drop(w, 3), "i");
  if (ends_with(w, "ss")) return w;
  if (ends_with(w, "s")) return std::string(drop(w, 1));
  return w;
}

std::string step1b(std::string w) {
  if (ends_with(w, "ied")) return join(drop(w, 3), w.size() == 4 ? "ie" : "i");
  if (ends_with(w, "eed")) {
    const string_view stem = drop(w, 3);
    return measure(stem) > 0 ? join(stem, "ee") : w;
  }
  string_view stem;
  if (ends_with(w, "ed") && contains_vowel(drop(w, 2))) {
    stem = drop(w, 2);
  } else if (ends_with(w, "ing") && contains_vowel(drop(w, 3))) {
    stem = drop(w, 3);
  } else {
    return w;
  }
  // Tidy the stem so that later steps recognise -ate, -ble, -ize.
  if (ends_with(stem, "at") || ends_with(stem, "bl") || ends_with(stem, "iz")) {
    return join(stem, "e");
  }
  if (ends_double_consonant(stem)) {
    const char last = stem.back();
    if (last != 'l' && last != 's' && last != 'z') return std::string(drop(stem, 1));
    return std::string(stem);
  }
  if (measure(stem) == 1 && ends_cvc(stem)) return join(stem, "e");
  return std::string(stem);
}

std::string step1c(std::string w) {
  if (!ends_with(w, "y")) return w;
  const string_view stem = drop(w, 1);
  if (stem.size() > 1 && is_consonant(stem, stem.size() - 1)) return join(stem, "i");
  return w;
}

std::string step2(std::string w) {
  // "-alli" is reduced before the other rules, and the result goes through
  // step 2 again (so "-alli" words can still lose "-ical" later).
  if (ends_with(w, "alli") && measure(drop(w, 4)) > 0) {
    return step2(join(drop(w, 4), "al"));
  }
  static constexpr std::array<suffix_rule, 21> rules{{
      {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"},   {"anci", "ance"},
      {"izer", "ize"},    {"bli", "ble"},     {"alli", "al"},     {"entli", "ent"},
      {"eli", "e"},       {"ousli", "ous"},   {"ization", "ize"}, {"ation", "ate"},
      {"ator", "ate"},    {"alism", "al"},    {"iveness", "ive"}, {"fulness", "ful"},
      {"ousness", "ous"}, {"aliti", "al"},    {"iviti", "ive"},   {"biliti", "ble"},
      {"fulli", "ful"},
  }};
  for (const auto& rule : rules) {
    if (!ends_with(w, rule.suffix)) continue;
    const string_view stem = drop(w, rule.suffix.size());
    return measure(stem) > 0 ? join(stem, rule.replacement) : w;
  }
  // "-logi" -> "-log", with the measure taken over the stem including its
  // "l" so that short stems such as "geo-" and "theo-" qualify.
  if (ends_with(w, "logi")) {
    return measure(drop(w, 3)) > 0 ? std::string(drop(w, 1)) : w;
  }
  return w;
}

std::string step3(std::string w) {
  static constexpr std::array<suffix_rule, 7> rules{{
      {"icate", "ic"},
      {"ative", ""},
      {"alize", "al"},
      {"iciti", "ic"},
      {"ical", "ic"},
      {"ful", ""},
      {"ness", ""},
  }};
  return apply_measure_rules(std::move(w), rules, 0);
}

std::string step4(std::string w) {
  static constexpr std::array<suffix_rule, 19> rules{{
      {"al", ""},  {"ance", ""}, {"ence", ""}, {"er", ""},  {"ic", ""},
      {"able", ""}, {"ible", ""}, {"ant", ""},  {"ement", ""}, {"ment", ""},
      {"ent", ""},  {"ion", ""},  {"ou", ""},   {"ism", ""},  {"ate", ""},
      {"iti", ""},  {"ous", ""},  {"ive", ""},  {"ize", ""},
  }};
  for (const auto& rule : rules) {
    if (!ends_with(w, rule.suffix)) continue;
    const string_view stem = drop(w, rule.suffix.size());
    bool ok = measure(stem) > 1;
    // -ion goes only after s or t.
    if (ok && rule.suffix == "ion") ok = stem.back() == 's' || stem.back() == 't';
    return ok ? std::string(stem) : w;
  }
  return w;
}

std::string step5a(std::string w) {
  if (!ends_with(w, "e")) return w;
  const string_view stem = drop(w, 1);
  const int m = measure(stem);
  if (m > 1 || (m == 1 && !ends_cvc(stem))) return std::string(stem);
  return w;
}

std::string step5b(std::string w) {
  if (ends_with(w, "ll") && measure(drop(w, 1)) > 1) return std::string(drop(w, 1));
  return w;
}

// Irregular forms the suffix rules get wrong, with their stems.
const std::string* irregular_stem(const std::string& w) {
  static const std::array<std::pair<string_view, std::string>, 16> table{{
      {"sky", "sky"},
      {"skies", "sky"},
      {"dying", "die"},
      {"lying", "lie"},
      {"tying", "tie"},
      {"news", "news"},
      {"innings", "inning"},
      {"inning", "inning"},
      {"outings", "outing"},
      {"outing", "outing"},
      {"cannings", "canning"},
      {"canning", "canning"},
      {"howe", "howe"},
      {"proceed", "proceed"},
      {"exceed", "exceed"},
      {"succeed", "succeed"},
  }};
  for (const auto& [form, stem] : table) {
    if (form == w) return &stem;
  }
  return nullptr;
}

}  // namespace

std::string porter_stem(std::string_view word) {
  std::string w(word);
  for (char& c : w) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (const std::string* stem = irregular_stem(w)) return *stem;
  if (w.size() <= 2) return w;

  w = step1a(std::move(w));
  w = step1b(std::move(w));
  w = step1c(std::move(w));
  w = step2(std::move(w));
  w = step3(std::move(w));
  w = step4(std::move(w));
  w = step5a(std::move(w));
  w = step5b(std::move(w));
  return w;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
