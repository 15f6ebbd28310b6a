#include "meta/byline.hpp"

#include <string>

#include "meta/calendar_words.hpp"
#include "meta/date_only_line.hpp"
#include "meta/news_agencies.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

constexpr std::size_t max_byline_bytes = 200;
constexpr std::size_t max_byline_words = 16;
constexpr std::size_t max_name_words = 5;

// "By" in the supported languages, and a few English variants.
constexpr std::string_view prefixes[] = {"by", "written by", "story by", "words by",
                                         "reported by", "von", "par", "por", "door",
                                         "av", "af", "di", "автор"};

// Words that join names: "Jane Doe and John Roe".
constexpr std::string_view conjunctions[] = {"and", "und", "et", "y", "e", "en",
                                             "och", "og", "ja", "и"};

// Lower-case particles inside names ("Ursula von der Leyen").
constexpr std::string_view particles[] = {"van", "von", "de", "der", "den", "da", "das",
                                          "dos", "del", "della", "di", "du", "le", "la",
                                          "al", "el", "bin", "ibn", "ter", "ten", "zu",
                                          "y", "af", "op", "st"};

// Words that begin a phrase, not a name ("By The Daily Planet").
constexpr std::string_view articles[] = {"the", "a", "an", "this", "that", "these", "der",
                                         "die", "das", "le", "la", "les", "el", "il", "lo"};

// Words of a job title: a piece holding one is a role, not a name.
constexpr std::string_view role_words[] = {
    "writer", "writers", "reporter", "reporters", "correspondent", "correspondents",
    "editor", "editors", "staff", "contributor", "contributing", "columnist", "journalist",
    "analyst", "producer", "photographer", "bureau", "chief", "senior", "special",
    "redakteur", "redakteurin", "korrespondent", "korrespondentin", "journaliste",
    "envoyé", "envoyée", "correspondant", "correspondante", "rédaction", "corresponsal",
    "redacción", "redazione", "inviato", "inviata", "correspondente", "redactie",
    "verslaggever", "redaktion", "toimittaja", "корреспондент", "редакция"};

// Pieces that say where the author is ("in London").
constexpr std::string_view place_words[] = {"in", "at", "from", "aus", "à", "en", "em",
                                            "a", "i", "из", "в"};

template <std::size_t N>
bool folded_in(const std::string& key, const std::string_view (&list)[N]) {
  for (std::string_view w : list)
    if (key == w) return true;
  return false;
}

struct word {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string folded;
};

// Words of a piece: letters with inner apostrophes, dots and hyphens ("O'Neil",
// "J.R.", "Smith-Jones"); false if anything else (a digit, a bracket) shows up.
bool name_words(std::string_view text, std::size_t begin, std::size_t end,
                std::vector<word>& out) {
  out.clear();
  std::size_t i = begin;
  while (i < end) {
    i = skip_spaces(text, i, end);
    if (i >= end) break;
    word w;
    w.begin = i;
    while (i < end) {
      const code_point cp = read_code_point(text, i);
      if (cp.cls == scan_class::letter) {
        i += cp.size;
        continue;
      }
      const bool joiner = cp.value == '\'' || cp.value == 0x2019 || cp.value == '.' ||
                          cp.value == '-';
      if (joiner && i > w.begin) {
        i += cp.size;
        continue;
      }
      break;
    }
    if (i == w.begin) return false;
    w.end = i;
    if (!append_folded(text, w.begin, w.end, w.folded, 64)) return false;
    out.push_back(std::move(w));
    if (i < end && read_code_point(text, i).cls != scan_class::space) return false;
  }
  return !out.empty();
}

bool is_name(std::string_view text, const std::vector<word>& words) {
  if (words.empty() || words.size() > max_name_words) return false;
  if (folded_in(words.front().folded, articles)) return false;
  if (words.size() == 1) {
    // A lone month or weekday starts a sentence ("By Monday, ...").
    const calendar_word* c = find_calendar_word(words.front().folded);
    if (c != nullptr) return false;
  }
  bool capitalised = false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const char32_t first = read_code_point(text, words[k].begin).value;
    if (is_simple_upper(first)) {
      capitalised = true;
    } else if (k == 0 || !folded_in(words[k].folded, particles)) {
      return false;
    }
  }
  return capitalised;
}

bool is_role(const std::vector<word>& words) {
  for (const word& w : words)
    if (folded_in(w.folded, role_words)) return true;
  return false;
}

// Splits a names piece at conjunctions and appends each name; false if a
// part is not a name.
bool add_names(std::string_view text, std::size_t begin, std::size_t end,
               std::vector<newslib::span>& authors) {
  std::vector<word> words;
  if (!name_words(text, begin, end, words)) {
    // "Jane Doe & John Roe": an ampersand joins names too.
    std::size_t amp = std::string_view::npos;
    for (std::size_t i = begin; i < end; ++i)
      if (text[i] == '&') {
        amp = i;
        break;
      }
    if (amp == std::string_view::npos) return false;
    return add_names(text, begin, amp, authors) && add_names(text, amp + 1, end, authors);
  }
  std::size_t name_begin = 0;
  std::vector<newslib::span> found;
  std::vector<word> name;
  for (std::size_t k = 0; k <= words.size(); ++k) {
    if (k < words.size() && !folded_in(words[k].folded, conjunctions)) continue;
    name.assign(words.begin() + static_cast<std::ptrdiff_t>(name_begin),
                words.begin() + static_cast<std::ptrdiff_t>(k));
    if (!is_name(text, name)) return false;
    found.push_back({name.front().begin, name.back().end});
    name_begin = k + 1;
  }
  authors.insert(authors.end(), found.begin(), found.end());
  return true;
}

struct piece {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool after_outlet_separator = false;  // follows "|", a spaced dash or "for"
};

// Splits at commas, semicolons, bars, slashes, bullets and spaced dashes,
// and before "for"; a date inside the line stays one piece.
std::vector<piece> split_pieces(std::string_view text, std::size_t begin, std::size_t end,
                                const std::optional<scanned_date>& date) {
  std::vector<piece> pieces;
  piece current{begin, begin, false};
  bool next_outlet = false;
  auto close = [&](std::size_t at, std::size_t resume, bool outlet) {
    current.end = at;
    const span r = trim(text, current.begin, current.end);
    if (r.begin < r.end) pieces.push_back({r.begin, r.end, current.after_outlet_separator});
    current = piece{resume, resume, outlet || next_outlet};
    next_outlet = false;
  };
  for (std::size_t i = begin; i < end;) {
    if (date && i == date->where.begin) {
      close(i, i, false);
      i = date->where.end;
      close(i, i, false);
      continue;
    }
    const code_point cp = read_code_point(text, i);
    const char32_t c = cp.value;
    const bool spaced = i > begin && i + cp.size < end &&
                        read_code_point_before(text, i).cls == scan_class::space &&
                        read_code_point(text, i + cp.size).cls == scan_class::space;
    if (c == ',' || c == ';' || c == '/' || c == 0xB7 || c == 0x2022) {
      close(i, i + cp.size, false);
    } else if (c == '|' || ((c == '-' || c == 0x2013 || c == 0x2014) && spaced)) {
      close(i, i + cp.size, true);
    } else if (cp.cls == scan_class::space) {
      const std::size_t after = skip_spaces(text, i, end);
      const std::size_t f = match_phrase(text, after, end, "for");
      if (f != no_match && f < end && read_code_point(text, f).cls == scan_class::space) {
        close(i, f, true);
        i = f;
        continue;
      }
    }
    i += cp.size;
  }
  close(end, end, false);
  return pieces;
}

bool ends_like_sentence(std::string_view text, span line) {
  if (text[line.end - 1] != '.') return false;
  // "Jr." and initials end with a dot too; a longer last word ends a sentence.
  std::size_t word_begin = line.end - 1;
  while (word_begin > line.begin) {
    const code_point cp = read_code_point_before(text, word_begin);
    if (cp.cls != scan_class::letter && cp.value != '.') break;
    word_begin -= cp.size;
  }
  std::size_t letters = 0;
  for (std::size_t i = word_begin; i < line.end;) {
    const code_point cp = read_code_point(text, i);
    if (cp.cls == scan_class::letter) ++letters;
    i += cp.size;
  }
  return letters > 3;
}

}  // namespace

std::optional<byline_parts> parse_byline(std::string_view text, span line,
                                         const date_scan_options& options) {
  if (line.begin >= line.end || line.end - line.begin > max_byline_bytes) return std::nullopt;
  if (ends_like_sentence(text, line)) return std::nullopt;
  std::size_t start = line.begin;
  const std::size_t prefix_end = match_longest_phrase(text, start, line.end, prefixes);
  const bool prefixed = prefix_end != no_match;
  if (prefixed) {
    start = skip_spaces(text, prefix_end, line.end);
    if (start < line.end && text[start] == ':') start = skip_spaces(text, start + 1, line.end);
    if (start == prefix_end && start < line.end) return std::nullopt;  // "By-election"
  }
  if (start >= line.end) return std::nullopt;

  std::size_t words = 0;
  for (std::size_t i = start; i < line.end;) {
    const std::size_t w = skip_spaces(text, i, line.end);
    if (w >= line.end) break;
    ++words;
    i = w;
    while (i < line.end && read_code_point(text, i).cls != scan_class::space)
      i += read_code_point(text, i).size;
  }
  if (words > max_byline_words) return std::nullopt;

  byline_parts parts;
  const auto date = search_date(text, start, line.end, options, std::nullopt, false);
  const std::vector<piece> pieces = split_pieces(text, start, line.end, date);
  if (pieces.empty()) return std::nullopt;
  bool marker = false;  // a role or agency after the names
  std::vector<word> piece_words;
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    const piece& p = pieces[k];
    if (date && p.begin == date->where.begin && p.end == date->where.end) {
      if (k == 0) return std::nullopt;
      parts.date = date;
      continue;
    }
    if (is_news_agency(text, p.begin, p.end)) {
      if (k == 0) return std::nullopt;
      if (!parts.source) parts.source = newslib::span{p.begin, p.end};
      marker = true;
      continue;
    }
    const bool has_words = name_words(text, p.begin, p.end, piece_words);
    if (has_words && is_role(piece_words)) {
      if (k == 0) return std::nullopt;
      // "AP Business Writer": the agency comes first.
      if (!parts.source && is_news_agency(text, piece_words.front().begin,
                                          piece_words.front().end))
        parts.source = newslib::span{piece_words.front().begin, piece_words.front().end};
      marker = true;
      continue;
    }
    if (k == 0 || (!p.after_outlet_separator && has_words &&
                   !folded_in(piece_words.front().folded, place_words))) {
      if (add_names(text, p.begin, p.end, parts.authors)) continue;
      if (k == 0) return std::nullopt;
    }
    // Anything else after the names (an outlet, "in London") is left alone,
    // but a lower-case piece means the line is a sentence, not a byline.
    const char32_t first = read_code_point(text, p.begin).value;
    const bool place = has_words && folded_in(piece_words.front().folded, place_words);
    if (is_simple_lower(first) && !place) return std::nullopt;
    if (!prefixed) return std::nullopt;
  }
  if (parts.authors.empty()) return std::nullopt;
  if (!prefixed && !marker) return std::nullopt;
  return parts;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
