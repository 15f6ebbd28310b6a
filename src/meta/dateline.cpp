#include "meta/dateline.hpp"

#include <algorithm>
#include <string>

#include "meta/news_agencies.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

constexpr std::size_t max_dateline_bytes = 160;
constexpr std::size_t max_place_words = 6;
constexpr std::size_t max_place_parts = 3;
constexpr std::size_t max_agency_bytes = 48;

// Lower-case words inside place names ("Rio de Janeiro", "Frankfurt am Main").
constexpr std::string_view place_particles[] = {"de", "du", "da", "do", "dos", "das", "del",
                                                "la", "le", "les", "am", "an", "der", "upon",
                                                "on", "sur", "en", "di", "al", "el", "of"};

struct place_scan {
  std::size_t end = 0;
  bool all_caps = true;  // no lower-case letter at all
};

// Capitalised words with inner dots, apostrophes and hyphens ("ST. LOUIS",
// "WASHINGTON, D.C.", "AL-ARISH"), separated by single spaces.
std::optional<place_scan> scan_place(std::string_view text, std::size_t pos, std::size_t end) {
  place_scan place;
  place.end = pos;
  std::size_t words = 0;
  std::size_t letters = 0;
  std::size_t i = pos;
  while (i < end && words < max_place_words) {
    const std::size_t word_begin = i;
    const code_point first = read_code_point(text, i);
    if (first.cls != scan_class::letter) break;
    const bool capital = is_simple_upper(first.value);
    std::size_t j = i;
    std::size_t word_letters = 0;
    bool lower = false;
    while (j < end) {
      const code_point cp = read_code_point(text, j);
      if (cp.cls == scan_class::letter) {
        ++word_letters;
        lower = lower || is_simple_lower(cp.value);
      } else if (!(cp.value == '.' || cp.value == '\'' || cp.value == 0x2019 ||
                   (cp.value == '-' && j + 1 < end &&
                    read_code_point(text, j + 1).cls == scan_class::letter))) {
        break;
      }
      j += cp.size;
    }
    if (!capital) {
      std::string key;
      if (words == 0 || !append_folded(text, word_begin, j, key, 8)) break;
      bool particle = false;
      for (std::string_view p : place_particles) particle = particle || key == p;
      if (!particle) break;
    } else {
      place.all_caps = place.all_caps && !lower;
      letters += word_letters;
    }
    ++words;
    place.end = j;
    // One space joins the next word; anything else ends the place.
    if (j + 1 < end && text[j] == ' ' && text[j + 1] != ' ') {
      i = j + 1;
    } else {
      break;
    }
  }
  if (words == 0 || letters < 2) return std::nullopt;
  return place;
}

// "-", "--", "—", "–", "―" at `pos`; returns the offset past it.
std::size_t match_dash(std::string_view text, std::size_t pos, std::size_t end, bool spaced_before,
                       bool& hyphen) {
  hyphen = false;
  if (pos >= end) return no_match;
  if (text[pos] == '-') {
    std::size_t e = pos + 1;
    if (e < end && text[e] == '-') {
      ++e;
    } else {
      hyphen = true;
      // A single hyphen must stand apart, or it is a hyphenated word.
      if (!spaced_before) return no_match;
    }
    if (e < end && read_code_point(text, e).cls != scan_class::space) return hyphen ? no_match : e;
    return e;
  }
  const code_point cp = read_code_point(text, pos);
  if (cp.value == 0x2014 || cp.value == 0x2013 || cp.value == 0x2015) return pos + cp.size;
  return no_match;
}

struct parenthesised {
  span inner;   // trimmed
  std::size_t close;  // just past ")"
};

// "(Reuters)" at `pos`.
std::optional<parenthesised> scan_parentheses(std::string_view text, std::size_t pos,
                                              std::size_t end) {
  if (pos >= end || text[pos] != '(') return std::nullopt;
  const std::size_t limit = std::min(end, pos + 1 + max_agency_bytes);
  for (std::size_t i = pos + 1; i < limit; ++i) {
    if (text[i] == '(') return std::nullopt;
    if (text[i] == ')') {
      const span inner = trim(text, pos + 1, i);
      if (inner.begin == inner.end) return std::nullopt;
      if (read_code_point(text, inner.begin).cls != scan_class::letter) return std::nullopt;
      return parenthesised{inner, i + 1};
    }
  }
  return std::nullopt;
}

// Every word starts with a capital ("Reuters", "WXYZ", "Kyodo News").
bool capitalised_words(std::string_view text, span r) {
  bool at_word_start = true;
  for (std::size_t i = r.begin; i < r.end;) {
    const code_point cp = read_code_point(text, i);
    if (cp.cls == scan_class::space) {
      at_word_start = true;
    } else if (at_word_start) {
      if (cp.cls == scan_class::letter && !is_simple_upper(cp.value)) return false;
      at_word_start = false;
    }
    i += cp.size;
  }
  return true;
}

}  // namespace

std::optional<dateline_parts> parse_dateline(std::string_view text, span line,
                                             const date_scan_options& options) {
  if (line.begin >= line.end) return std::nullopt;
  const std::size_t end = std::min(line.end, line.begin + max_dateline_bytes);
  // Clip to a code point boundary so that scanning never splits a character.
  std::size_t limit = end;
  while (limit > line.begin && limit < line.end &&
         (static_cast<unsigned char>(text[limit]) & 0xC0) == 0x80)
    --limit;
  const std::string_view view = text.substr(0, limit);
  dateline_parts parts;
  bool hyphen = false;

  // CNN style: "(CNN) -- text" or "(CNN)Text".
  if (auto agency = scan_parentheses(view, line.begin, limit)) {
    const bool known = is_news_agency(view, agency->inner.begin, agency->inner.end);
    if (!known && !capitalised_words(view, agency->inner)) return std::nullopt;
    const std::size_t after = skip_spaces(view, agency->close, limit);
    const std::size_t dash = match_dash(view, after, limit, after > agency->close, hyphen);
    parts.source = newslib::span{agency->inner.begin, agency->inner.end};
    if (dash != no_match) {
      parts.dateline = newslib::span{line.begin, dash};
      return parts;
    }
    // Without a dash only a known agency followed by the story qualifies.
    if (!known || after >= limit) return std::nullopt;
    const code_point next = read_code_point(view, after);
    if (next.cls != scan_class::letter && next.cls != scan_class::digit && next.value != '"' &&
        next.value != 0x201C)
      return std::nullopt;
    parts.dateline = newslib::span{line.begin, agency->close};
    return parts;
  }

  const auto place = scan_place(view, line.begin, limit);
  if (!place) return std::nullopt;
  std::size_t pos = place->end;
  // ", Region", ", Sept. 6": up to a few comma-separated parts.
  for (std::size_t part = 0; part < max_place_parts && pos < limit && view[pos] == ','; ++part) {
    const std::size_t next = skip_spaces(view, pos + 1, limit);
    if (next == pos + 1) break;
    if (auto date = match_date_at(view, next, options)) {
      parts.date = date;
      pos = date->where.end;
      break;
    }
    const auto more = scan_place(view, next, limit);
    if (!more) break;
    pos = more->end;
  }
  std::size_t after = skip_spaces(view, pos, limit);
  if (auto agency = scan_parentheses(view, after, limit)) {
    const bool known = is_news_agency(view, agency->inner.begin, agency->inner.end);
    if (!known && !(place->all_caps && capitalised_words(view, agency->inner)))
      return std::nullopt;
    parts.source = newslib::span{agency->inner.begin, agency->inner.end};
    pos = agency->close;
    after = skip_spaces(view, pos, limit);
  }
  const std::size_t dash = match_dash(view, after, limit, after > pos, hyphen);
  if (dash == no_match) return std::nullopt;
  if (!parts.source && !parts.date) {
    // A bare place needs capitals and a real dash: "PARIS — ".
    if (!place->all_caps || hyphen) return std::nullopt;
  }
  // A bare place must be followed by the story on the same line.
  if (!parts.source && !parts.date && skip_spaces(view, dash, limit) >= line.end)
    return std::nullopt;
  parts.dateline = newslib::span{line.begin, dash};
  return parts;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
