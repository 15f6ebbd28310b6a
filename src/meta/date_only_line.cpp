#include "meta/date_only_line.hpp"

#include <string>

#include "meta/calendar_words.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

constexpr std::size_t max_date_line_bytes = 160;
constexpr std::size_t max_time_bytes = 64;

// Labels that introduce a publication date, in the supported languages.
constexpr std::string_view labels[] = {
    "published", "published on", "first published", "first published on", "updated",
    "updated on", "last updated", "last updated on", "last modified", "posted", "posted on",
    "date", "dated", "veröffentlicht", "veröffentlicht am", "aktualisiert", "aktualisiert am",
    "zuletzt aktualisiert", "zuletzt aktualisiert am", "stand", "publié", "publié le",
    "mis à jour", "mis à jour le", "publicado", "publicado el", "publicado em",
    "actualizado", "actualizado el", "atualizado", "atualizado em", "pubblicato",
    "pubblicato il", "aggiornato", "aggiornato il", "gepubliceerd", "gepubliceerd op",
    "bijgewerkt", "bijgewerkt op", "laatst bijgewerkt", "publicerad", "publicerat",
    "uppdaterad", "uppdaterat", "publiceret", "opdateret", "publisert", "oppdatert",
    "julkaistu", "päivitetty", "опубликовано", "обновлено", "дата публикации"};

// Words that may sit beside a clock time.
const char* const time_words[] = {"am", "pm", "a", "p", "m", "at", "um", "uhr", "h", "à",
                                  "las", "alle", "ore", "kl", "klo", "kello", "klockan",
                                  "om", "às", "о", "в", "ч", "local", "time"};

// A word of one of the labels ("Updated" in "... Updated Sept. 7, 2025").
bool is_label_word(std::string_view key) {
  for (std::string_view label : labels) {
    while (!label.empty()) {
      const std::size_t space = label.find(' ');
      if (label.substr(0, space) == key) return true;
      label = space == std::string_view::npos ? std::string_view() : label.substr(space + 1);
    }
  }
  return false;
}

// Clock words, weekday and month names, and label words: what may stand
// beside the date on a date line.
bool is_time_word(std::string_view text, std::size_t begin, std::size_t end) {
  const folded_word folded(text, begin, end);
  const std::string_view key = folded.view();
  if (key.empty()) return false;
  for (const char* w : time_words)
    if (key == w) return true;
  if (find_calendar_word(key) != nullptr) return true;
  return is_label_word(key);
}

// "GMT", "EDT", "CEST", "ET": a short word in capitals.
bool is_zone_abbreviation(std::string_view text, std::size_t begin, std::size_t end) {
  if (end - begin < 2 || end - begin > 5) return false;
  for (std::size_t i = begin; i < end; ++i)
    if (text[i] < 'A' || text[i] > 'Z') return false;
  return true;
}

}  // namespace

bool is_time_like(std::string_view text, std::size_t begin, std::size_t end) {
  if (end - begin > max_time_bytes) return false;
  for (std::size_t i = begin; i < end;) {
    const code_point cp = read_code_point(text, i);
    if (cp.cls == scan_class::letter) {
      const std::size_t word_end = letter_run_end(text, i, end);
      if (!is_zone_abbreviation(text, i, word_end) && !is_time_word(text, i, word_end))
        return false;
      i = word_end;
      continue;
    }
    if (cp.cls == scan_class::punct) {
      const char32_t c = cp.value;
      const bool allowed = c == ':' || c == '.' || c == ',' || c == '/' || c == '|' ||
                           c == '-' || c == '(' || c == ')' || c == '+' || c == 0xB7 ||
                           c == 0x2022 || c == 0x2013 || c == 0x2014;
      if (!allowed) return false;
    }
    i += cp.size;
  }
  return true;
}

std::optional<scanned_date> parse_date_only_line(std::string_view text, span line,
                                                 const date_scan_options& options,
                                                 std::optional<int> default_year) {
  if (line.end - line.begin > max_date_line_bytes || line.begin == line.end) return std::nullopt;
  std::size_t start = line.begin;
  const std::size_t label_end = match_longest_phrase(text, start, line.end, labels);
  if (label_end != no_match) {
    start = skip_spaces(text, label_end, line.end);
    if (start < line.end && text[start] == ':') start = skip_spaces(text, start + 1, line.end);
  }
  const auto date = search_date(text, start, line.end, options, default_year, false);
  if (!date) return std::nullopt;
  if (!is_time_like(text, start, date->where.begin) || !is_time_like(text, date->where.end, line.end))
    return std::nullopt;
  return date;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
