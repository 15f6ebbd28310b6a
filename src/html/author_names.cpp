#include "newslib/config.hpp"
#include "html/author_names.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "html/collapse_whitespace.hpp"
#include "newslib/date.hpp"
#include "meta/news_agencies.hpp"
#include "text/case_fold.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

bool starts_with_word(std::string_view text, std::string_view prefix) noexcept {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (ascii_lower(text[i]) != prefix[i]) return false;
  }
  return true;
}

std::string_view trim(std::string_view s, const char* characters) {
  const std::size_t b = s.find_first_not_of(characters);
  if (b == std::string_view::npos) return {};
  const std::size_t e = s.find_last_not_of(characters);
  return s.substr(b, e - b + 1);
}

constexpr const char* kTrimmed = " \t\r\n.,:;|-_[]{}\"'*/\\";

// Drops a bracket at either end that has no partner inside: "(stevenhgm)" and
// "Bruno (Henrique) Rodrigues" keep theirs, "Jane Doe (" loses its own.
std::string_view trim_brackets(std::string_view s) {
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    const auto opens = std::count(s.begin(), s.end(), '(');
    const auto closes = std::count(s.begin(), s.end(), ')');
    if (s.front() == ')' || (s.front() == '(' && opens > closes)) {
      s = trim(s.substr(1), kTrimmed);
      changed = true;
    } else if (!s.empty() && (s.back() == '(' || (s.back() == ')' && closes > opens))) {
      s = trim(s.substr(0, s.size() - 1), kTrimmed);
      changed = true;
    }
  }
  return s;
}

// "By", "Written by", … before the names, in the languages of the supported
// set that put the word first.
std::string_view drop_by_prefix(std::string_view s) {
  static constexpr std::array<std::string_view, 16> prefixes = {
      "written by ", "posted by ", "reported by ", "story by ", "words by ", "by:",
      "by ",         "authors:",   "author:",      "por ",      "par ",      "von ",
      "with ",       "avec ",      "mit ",         "con "};
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view p : prefixes) {
      if (starts_with_word(s, p)) {
        s = trim(s.substr(p.size()), kTrimmed);
        changed = true;
      }
    }
  }
  return s;
}

bool looks_like_address(std::string_view s) noexcept {
  return s.find("://") != std::string_view::npos || starts_with_word(s, "www.") ||
         s.find('@') != std::string_view::npos || s.find(".com") != std::string_view::npos ||
         s.find(".co.") != std::string_view::npos || s.find(".org") != std::string_view::npos ||
         s.find(".net") != std::string_view::npos;
}

// Words that name a job or a desk rather than a person.
bool is_role_word(std::string_view lower_word) {
  static constexpr std::array<std::string_view, 28> roles = {
      "staff",        "writer",      "reporter",  "reporters", "correspondent", "correspondents",
      "editor",       "editors",     "columnist", "contributor", "contributors", "desk",
      "newsdesk",     "team",        "bureau",    "admin",     "administrator", "webmaster",
      "photographer", "journalist",  "producer",  "anchor",    "analyst",       "newsroom",
      "updated",      "published",   "posted",    "modified"};
  return std::find(roles.begin(), roles.end(), lower_word) != roles.end();
}

// Words that qualify a role ("Senior Political Correspondent").
bool is_role_modifier(std::string_view lower_word) {
  static constexpr std::array<std::string_view, 48> modifiers = {
      "senior",   "chief",    "deputy",   "political",  "foreign",   "special",  "contributing",
      "associate", "managing", "executive", "news",     "sports",    "business", "science",
      "health",   "national", "international", "investigative", "economics", "technology",
      "tech",     "digital",  "guest",    "web",        "staff",     "the",
      "games",    "culture",  "politics", "opinion",    "features",  "photo",
      "video",    "world",    "entertainment", "finance", "travel",  "food",
      "music",    "film",     "arts",     "data",       "weather",   "markets"};
  return std::find(modifiers.begin(), modifiers.end(), lower_word) != modifiers.end();
}

// Whole values that are placeholders, not people.
bool is_placeholder(std::string_view lower) {
  static constexpr std::array<std::string_view, 14> placeholders = {
      "anonymous", "unknown",  "guest",   "agencies",     "agency",    "wires",  "wire",
      "press release", "editorial board", "the editorial board", "editorial", "null",
      "none", "undefined"};
  return std::find(placeholders.begin(), placeholders.end(), lower) != placeholders.end();
}

// Lowercase letters and digits only: "The New York Times" and "nytimes" compare
// through this (with a leading "the" dropped).
std::string comparable(std::string_view s) {
  std::string out;
  std::string lower = ascii_lowercase(s);
  std::string_view v = lower;
  if (v.rfind("the ", 0) == 0) v.remove_prefix(4);
  for (char c : v) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) {
      out.push_back(c);
    }
  }
  return out;
}

// Two to four capitalised words, none of them a word outlets use in their
// names ("Daily", "News", "Times"): "Haki Benita" but not "Daily Planet".
bool looks_like_personal_name(const std::vector<std::string_view>& words) {
  static constexpr std::array<std::string_view, 28> outlet_words = {
      "news",    "times",   "post",   "daily",  "media",   "press",    "magazine",
      "journal", "tribune", "herald", "online", "tv",      "radio",    "network",
      "blog",    "group",   "weekly", "today",  "gazette", "review",   "report",
      "wire",    "channel", "planet", "world",  "digital", "observer", "star"};
  if (words.size() < 2 || words.size() > 4) return false;
  for (std::string_view w : words) {
    if (w.empty() || !(w.front() >= 'A' && w.front() <= 'Z')) return false;
    const std::string lower = ascii_lowercase(w);
    if (std::find(outlet_words.begin(), outlet_words.end(), lower) != outlet_words.end()) {
      return false;
    }
  }
  return true;
}

std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const std::size_t b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > b) words.push_back(s.substr(b, i - b));
  }
  return words;
}

std::string title_case_if_capitals(std::string name) {
  bool has_upper = false;
  for (char c : name) {
    if (c >= 'a' && c <= 'z') return name;
    if (c >= 'A' && c <= 'Z') has_upper = true;
  }
  if (!has_upper) return name;
  bool word_start = true;
  for (char& c : name) {
    if (c >= 'A' && c <= 'Z' && !word_start) c = static_cast<char>(c + 32);
    word_start = c == ' ' || c == '-' || c == '\'' || c == '.';
  }
  return name;
}

// One candidate name, or empty when it is not a person's name.
std::string clean_one(std::string_view part, std::string_view outlet_key) {
  part = drop_by_prefix(trim(part, " \t\r\n"));
  // Names carry no colons: "Source: AP", "Last Updated:" are labels.
  if (part.find(':') != std::string_view::npos) return {};
  part = trim_brackets(trim(part, kTrimmed));
  if (part.empty() || looks_like_address(part)) return {};
  std::vector<std::string_view> words = words_of(part);
  // Cut a trailing role: "Jane Doe Senior Correspondent" is Jane Doe.
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!is_role_word(ascii_lowercase(words[i]))) continue;
    std::size_t keep = i;
    while (keep > 0 && is_role_modifier(ascii_lowercase(words[keep - 1]))) --keep;
    // One word left beside a role ("Sports Desk", "Last Updated") is no name.
    if (keep < 2) return {};
    words.resize(keep);
    break;
  }
  if (words.empty() || words.size() > 5) return {};
  std::string name;
  for (std::string_view w : words) {
    if (!name.empty()) name.push_back(' ');
    name.append(w.data(), w.size());
  }
  name = std::string(trim_brackets(trim(name, kTrimmed)));
  if (name.empty() || name.size() > 60) return {};
  bool has_letter = false;
  for (char c : name) {
    if (c >= '0' && c <= '9') return {};
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80) {
      has_letter = true;
    }
  }
  if (!has_letter) return {};
  const std::string lower = ascii_lowercase(name);
  if (is_placeholder(lower) || is_news_agency(name, 0, name.size())) return {};
  const std::string key = comparable(name);
  if (key.empty()) return {};
  // The site's own name is an outlet, unless it is a person's (a one-person blog).
  if (!outlet_key.empty() && key == outlet_key && !looks_like_personal_name(words)) return {};
  // A lone lowercase word is a user name ("admin", "jdoe"), not a byline; a
  // lone short word after a name is a degree ("MA", "PhD") or an initial.
  if (words.size() == 1 && (lower == name || name.size() <= 3)) return {};
  return title_case_if_capitals(std::move(name));
}

// True if `s` starts with a lowercase word and then a capitalised one:
// "avec Damien Leloup)", "with John Roe)", but not "stevenhgm)".
bool opens_joining_words(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && s[i] >= 'a' && s[i] <= 'z') ++i;
  return i > 0 && i + 1 < s.size() && s[i] == ' ' && s[i + 1] >= 'A' && s[i + 1] <= 'Z';
}

// Splits a value at commas, semicolons, bars, slashes, bullets and "and" / "&".
std::vector<std::string_view> split_names(std::string_view value) {
  std::vector<std::string_view> parts;
  std::size_t begin = 0;
  auto cut = [&](std::size_t at, std::size_t skip) {
    parts.push_back(value.substr(begin, at - begin));
    begin = at + skip;
  };
  for (std::size_t i = 0; i < value.size();) {
    const char c = value[i];
    // "Jane Doe (with John Roe)": a bracket that opens on a lowercase word
    // joins more names rather than qualifying one.
    const bool joining_bracket = (c == '(' && opens_joining_words(value.substr(i + 1))) ||
        (c == ')' && value.substr(begin, i - begin).find('(') == std::string_view::npos &&
         parts.size() > 0);
    if (c == ',' || c == ';' || c == '|' || c == '/' || c == '\n' || joining_bracket) {
      cut(i, 1);
      i = begin;
      continue;
    }
    // U+2022 bullet, U+00B7 middle dot.
    if (value.compare(i, 3, "\xE2\x80\xA2") == 0) {
      cut(i, 3);
      i = begin;
      continue;
    }
    if (value.compare(i, 2, "\xC2\xB7") == 0) {
      cut(i, 2);
      i = begin;
      continue;
    }
    if (c == ' ') {
      const std::string_view rest = value.substr(i);
      // "and" in English and in the supported languages that join names so.
      for (std::string_view joiner :
           {std::string_view(" and "), std::string_view(" & "), std::string_view(" with "),
            std::string_view(" et "), std::string_view(" und "), std::string_view(" y "),
            std::string_view(" e ")}) {
        if (starts_with_word(rest, joiner)) {
          cut(i, joiner.size());
          break;
        }
      }
      if (begin > i) {
        i = begin;
        continue;
      }
    }
    ++i;
  }
  parts.push_back(value.substr(begin));
  return parts;
}

}  // namespace

std::vector<std::string> clean_author_names(const std::vector<std::string>& values,
                                            std::string_view outlet) {
  const std::string outlet_key = comparable(outlet);
  std::vector<std::string> names;
  std::vector<std::string> keys;
  for (const std::string& raw : values) {
    std::string value = collapse_whitespace(raw);
    // A byline often runs on into its date: "By Jane Doe March 25, 2015 3:46 PM".
    if (const auto date = find_date(value)) value.resize(date->begin);
    if (value.empty() || value.size() > 300) continue;
    const std::string_view whole = drop_by_prefix(trim(value, kTrimmed));
    if (whole.find("://") != std::string_view::npos) continue;  // a profile link, not a name
    for (std::string_view part : split_names(whole)) {
      std::string name = clean_one(part, outlet_key);
      if (name.empty()) continue;
      std::string key = ascii_lowercase(name);
      if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
      keys.push_back(std::move(key));
      names.push_back(std::move(name));
    }
  }
  return names;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
