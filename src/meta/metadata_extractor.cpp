#include "meta/metadata_extractor.hpp"

#include <algorithm>
#include <vector>

#include "meta/byline.hpp"
#include "meta/date_only_line.hpp"
#include "meta/date_scanner.hpp"
#include "meta/dateline.hpp"
#include "meta/trailer.hpp"
#include "text/byte_scan.hpp"
#include "text/code_point_scan.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

// Metadata sits in the first few lines and the trailer in the last few; looking
// no further keeps extraction linear and stops it from eating the body.
constexpr std::size_t max_header_lines = 8;
constexpr std::size_t max_trailer_lines = 24;
constexpr std::size_t max_title_bytes = 200;
constexpr std::size_t max_title_words = 20;

struct text_line {
  span content;  // trimmed
  std::size_t next;    // where the following line starts
};

text_line line_at(std::string_view text, std::size_t pos) {
  const std::size_t end = find_cr_or_lf(text, pos, text.size());
  std::size_t next = end;
  if (next < text.size())
    next += (text[next] == '\r' && next + 1 < text.size() && text[next + 1] == '\n') ? 2 : 1;
  return {trim(text, pos, end), next};
}

// The first line at or after `pos` with something other than whitespace.
std::optional<text_line> next_content_line(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    const text_line line = line_at(text, pos);
    if (line.content.begin < line.content.end) return line;
    pos = line.next;
  }
  return std::nullopt;
}

// Skips whitespace, line breaks included.
std::size_t skip_blank(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    const code_point cp = read_code_point(text, pos);
    if (cp.cls != scan_class::space && cp.cls != scan_class::line_break) break;
    pos += cp.size;
  }
  return pos;
}

bool is_closing_quote(char32_t c) noexcept {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == 0xBB || c == 0x203A;
}

// A headline is short, starts like a sentence and does not end like one
// ("?" and "!" are fine in headlines, a final period is not).
bool is_headline(std::string_view text, span line) {
  if (line.end - line.begin > max_title_bytes) return false;
  std::size_t words = 0;
  bool in_word = false;
  bool letters = false;
  bool first_seen = false;
  for (std::size_t i = line.begin; i < line.end;) {
    const code_point cp = read_code_point(text, i);
    const bool space = cp.cls == scan_class::space;
    if (!space && !in_word) ++words;
    in_word = !space;
    if (cp.cls == scan_class::letter || cp.cls == scan_class::digit) {
      if (!first_seen && is_simple_lower(cp.value)) return false;
      first_seen = true;
      letters = letters || cp.cls == scan_class::letter;
    }
    i += cp.size;
  }
  if (!letters || words > max_title_words) return false;
  std::size_t end = line.end;
  while (end > line.begin) {
    const code_point cp = read_code_point_before(text, end);
    if (!is_closing_quote(cp.value)) break;
    end -= cp.size;
  }
  if (end == line.begin) return false;
  const char32_t last = read_code_point_before(text, end).value;
  return last != '.' && last != ',' && last != ';' && last != ':' && last != 0x2026 &&
         last != '-' && last != 0x2013 && last != 0x2014;
}

// Whether a headline-like first line is instead the first line of hard-wrapped
// text: the next line follows with no blank line between, is no metadata line
// of its own, and either goes on in lower case or is a line of about the same
// width (wrapped text fills its lines to a fixed width; a body line under a
// headline in one-paragraph-per-line text is usually much longer).
constexpr std::size_t max_wrapped_line_bytes = 100;
constexpr std::size_t min_wrapped_line_bytes = 50;

bool wraps_into_next_line(std::string_view text, const text_line& line,
                          const date_scan_options& scan, std::optional<int> default_year) {
  const text_line next = line_at(text, line.next);
  const span c = next.content;
  if (c.begin >= c.end) return false;  // a blank line: the headline stands apart
  if (parse_date_only_line(text, c, scan, default_year) || parse_byline(text, c, scan) ||
      parse_dateline(text, c, scan)) {
    return false;
  }
  for (std::size_t i = c.begin; i < c.end;) {
    const code_point cp = read_code_point(text, i);
    if (cp.cls == scan_class::letter) {
      if (is_simple_lower(cp.value)) return true;
      break;
    }
    i += cp.size;
  }
  const std::size_t width = line.content.end - line.content.begin;
  const std::size_t next_width = c.end - c.begin;
  return next_width <= max_wrapped_line_bytes && width >= min_wrapped_line_bytes &&
         4 * width >= 3 * next_width;
}

std::string slice(std::string_view text, newslib::span s) {
  return std::string(text.substr(s.begin, s.end - s.begin));
}


extracted_metadata extract(std::string_view text, const newslib::date_options& dates,
                           const date_scan_options& scan, bool first_line_is_headline) {
  extracted_metadata out;
  newslib::metadata& meta = out.meta;

  auto set_date = [&](const scanned_date& d, int year) {
    meta.date = newslib::calendar_date{year, d.month, d.day};
    meta.date_text = d.where;
  };

  // Header: headline (first line only), date line and byline, in any order.
  std::optional<text_line> line = next_content_line(text, 0);
  for (std::size_t k = 0; line && k < max_header_lines; ++k) {
    const span c = line->content;
    bool consumed = false;
    if (k == 0 && first_line_is_headline && next_content_line(text, line->next)) {
      meta.title = newslib::span{c.begin, c.end};
      consumed = true;
    }
    if (!consumed && !meta.date) {
      if (auto d = parse_date_only_line(text, c, scan, dates.default_year)) {
        set_date(*d, *d->year);
        consumed = true;
      }
    }
    if (!consumed && !meta.byline) {
      if (auto b = parse_byline(text, c, scan)) {
        meta.byline = newslib::span{c.begin, c.end};
        for (const newslib::span& a : b->authors) meta.authors.push_back(slice(text, a));
        if (b->source && !meta.source) meta.source = slice(text, *b->source);
        if (b->date && !meta.date) set_date(*b->date, *b->date->year);
        consumed = true;
      }
    }
    if (!consumed && k == 0 && is_headline(text, c) && next_content_line(text, line->next) &&
        !parse_dateline(text, c, scan) && !parse_trailer_line(text, c) &&
        !wraps_into_next_line(text, *line, scan, dates.default_year)) {
      meta.title = newslib::span{c.begin, c.end};
      consumed = true;
    }
    if (!consumed) break;
    line = next_content_line(text, line->next);
  }
  std::size_t body_begin = line ? line->content.begin : text.size();

  // Dateline at the start of the first body paragraph.
  std::optional<scanned_date> dateline_date;
  if (line) {
    if (auto d = parse_dateline(text, line->content, scan)) {
      meta.dateline = d->dateline;
      if (d->source && !meta.source) meta.source = slice(text, *d->source);
      dateline_date = d->date;
      body_begin = skip_blank(text, d->dateline.end);
    }
  }

  // Trailer: consecutive closing lines at the end, read backwards.
  std::vector<newslib::span> trailer;
  std::optional<newslib::span> trailer_source;
  std::optional<int> copyright_year;
  std::size_t end = text.size();
  while (end > body_begin && trailer.size() < max_trailer_lines) {
    const std::size_t begin = find_cr_or_lf_back(text, body_begin, end);
    const span c = trim(text, begin, end);
    if (c.begin < c.end) {
      const auto t = parse_trailer_line(text, c);
      if (!t) break;
      trailer.push_back({c.begin, c.end});
      if (t->source) trailer_source = t->source;  // the earliest wins: read last
      if (t->copyright_year) copyright_year = t->copyright_year;
    }
    if (begin <= body_begin) break;
    std::size_t terminator = begin - 1;
    if (text[terminator] == '\n' && terminator > body_begin && text[terminator - 1] == '\r')
      --terminator;
    end = terminator;
  }
  std::reverse(trailer.begin(), trailer.end());
  const std::size_t body_limit = trailer.empty() ? text.size() : trailer.front().begin;
  meta.trailer = std::move(trailer);
  if (trailer_source && !meta.source) meta.source = slice(text, *trailer_source);

  // A dateline's date counts when the top gave none; a year it lacks comes
  // from the options or from the copyright line.
  if (!meta.date && dateline_date) {
    std::optional<int> year = dateline_date->year;
    if (!year) year = dates.default_year;
    if (!year) year = copyright_year;
    if (year && is_valid_date(*year, dateline_date->month, dateline_date->day))
      set_date(*dateline_date, *year);
  }

  const std::size_t body_end = std::max(body_begin, trim(text, body_begin, body_limit).end);
  out.body = newslib::span{body_begin, body_end};
  // A headline heads something: with no body left, its line is the body.
  if (meta.title && out.body.empty() && !meta.dateline) {
    out.body = *meta.title;
    meta.title.reset();
  }
  return out;
}

}  // namespace

extracted_metadata extract_metadata(std::string_view text, const newslib::date_options& dates,
                                    std::string_view language, bool first_line_is_headline) {
  date_scan_options scan;
  scan.numeric_order = dates.numeric_order;
  scan.language = language;
  return extract(text, dates, scan, first_line_is_headline);
}

extracted_metadata extract_metadata(std::string_view text, const newslib::date_options& dates,
                                    language_source& language, bool first_line_is_headline) {
  date_scan_options scan;
  scan.numeric_order = dates.numeric_order;
  scan.lazy_language = &language;
  return extract(text, dates, scan, first_line_is_headline);
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
