#include "meta/date_scanner.hpp"

#include <initializer_list>

#include "meta/calendar_words.hpp"
#include "text/code_point_scan.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

// A date never spans more than this much whitespace between two of its parts,
// and no part is longer than a month name: both bounds keep every match
// attempt to a constant amount of work.
constexpr std::size_t max_gap_bytes = 16;
constexpr std::size_t max_token_bytes = 48;

enum class kind : unsigned char { none, number, word, punct, overlong };

struct token {
  kind type = kind::none;
  std::size_t begin = 0;
  std::size_t end = 0;
  bool gap = false;     // whitespace before the token
  char32_t mark = 0;    // the character of a punctuation token
};

struct found {
  std::optional<int> year;
  unsigned month = 0;
  unsigned day = 0;
  std::size_t end = 0;
};

unsigned days_in_month(int year, unsigned month) noexcept {
  static constexpr unsigned days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return days[month - 1];
}

bool is_date_separator(char32_t c) noexcept { return c == '-' || c == '/' || c == '.'; }

class date_token_scanner {
 public:
  date_token_scanner(std::string_view text, const date_scan_options& options)
      : text_(text), options_(options) {}

  std::optional<scanned_date> match(std::size_t pos) const {
    if (pos >= text_.size()) return std::nullopt;
    const token t = lex(pos);
    if (t.begin != pos || (t.type != kind::number && t.type != kind::word)) return std::nullopt;
    std::optional<found> f;
    if (t.type == kind::word) {
      // Only a calendar word starts a date with letters: tested first, as
      // most words are none.
      const calendar_word* w = word_at(t);
      if (w == nullptr || !clean_start(pos)) return std::nullopt;
      if (w->weekday != 0) f = after_weekday(t, *w);
      if (!f && w->month != 0) f = month_first(t, *w);
    } else {
      if (!clean_start(pos)) return std::nullopt;
      f = numeric(t);
      if (!f) f = day_first(t);
    }
    if (!f) return std::nullopt;
    if (f->year ? !is_valid_date(*f->year, f->month, f->day)
                : f->day > days_in_month(2000, f->month))  // 2000 is a leap year
      return std::nullopt;
    scanned_date d;
    d.year = f->year;
    d.month = f->month;
    d.day = f->day;
    d.where = span{pos, f->end};
    return d;
  }

 private:
  // The next token at or after `pos`; kind::none at a line break, at the end
  // of the text, or after too much whitespace.
  token lex(std::size_t pos) const {
    token t;
    std::size_t i = pos;
    while (i < text_.size()) {
      const code_point c = read_code_point(text_, i);
      if (c.cls == scan_class::line_break) return t;
      if (c.cls != scan_class::space) break;
      i += c.size;
      if (i - pos > max_gap_bytes) return t;
    }
    if (i >= text_.size()) return t;
    t.gap = i > pos;
    t.begin = i;
    const code_point first = read_code_point(text_, i);
    if (first.cls == scan_class::digit || first.cls == scan_class::letter) {
      t.type = first.cls == scan_class::digit ? kind::number : kind::word;
      while (i < text_.size()) {
        const code_point c = read_code_point(text_, i);
        if (c.cls != first.cls) break;
        i += c.size;
        if (i - t.begin > max_token_bytes) {
          t.type = kind::overlong;
          break;
        }
      }
      t.end = i;
    } else {
      t.type = kind::punct;
      t.mark = first.value;
      t.end = i + first.size;
    }
    return t;
  }

  static bool is(const token& t, char32_t c) noexcept {
    return t.type == kind::punct && t.mark == c;
  }
  static std::size_t digits(const token& t) noexcept {
    return t.type == kind::number ? t.end - t.begin : 0;
  }
  int value(const token& t) const noexcept {
    int v = 0;
    for (std::size_t i = t.begin; i < t.end && i - t.begin < 9; ++i) v = v * 10 + (text_[i] - '0');
    return v;
  }
  folded_word folded(const token& t) const noexcept {
    return t.type == kind::word ? folded_word(text_, t.begin, t.end)
                                : folded_word(text_, t.begin, t.begin);
  }
  const calendar_word* word_at(const token& t) const noexcept {
    if (t.type != kind::word) return nullptr;
    // Folding keeps the byte length, and an ASCII letter folds to itself or
    // its lower case: most words are ruled out before they are folded.
    const auto b = static_cast<unsigned char>(text_[t.begin]);
    if (b < 0x80 && !may_be_calendar_word(static_cast<char>(b | 0x20), t.end - t.begin))
      return nullptr;
    return find_calendar_word(folded(t).view());
  }
  bool word_is(const token& t, std::initializer_list<std::string_view> words) const noexcept {
    if (t.type != kind::word) return false;
    const folded_word key = folded(t);
    for (std::string_view w : words)
      if (key.view() == w) return true;
    return false;
  }
  bool starts_upper(const token& t) const noexcept {
    return is_simple_upper(read_code_point(text_, t.begin).value);
  }

  // Dates start and end at word boundaries: "x2025-09-06" and "6 Sept 2025abc" are not dates.
  bool clean_start(std::size_t pos) const noexcept {
    if (pos == 0) return true;
    const scan_class c = read_code_point_before(text_, pos).cls;
    return c != scan_class::letter && c != scan_class::digit;
  }
  bool clean_end(std::size_t end) const noexcept {
    if (end >= text_.size()) return true;
    const scan_class c = read_code_point(text_, end).cls;
    return c != scan_class::letter && c != scan_class::digit;
  }
  bool digit_at(std::size_t i) const noexcept {
    return i < text_.size() && text_[i] >= '0' && text_[i] <= '9';
  }

  // A month or a year that is also an ordinary word must be capitalised,
  // unless the text's language writes it that way.
  bool strong_enough(const token& t, const calendar_word& w) const noexcept {
    return !w.common_word || starts_upper(t) || (w.languages & language_bit()) != 0;
  }

  std::uint32_t language_bit() const {
    if (!language_bit_) {
      language_bit_ = calendar_language_bit(options_.lazy_language != nullptr
                                                ? options_.lazy_language->code()
                                                : options_.language);
    }
    return *language_bit_;
  }

  // "st", "nd", "rd", "th" as English writes them after `day`, and the
  // French, Spanish, Italian and Portuguese ordinal marks.
  bool ordinal_suffix(const token& t, unsigned day) const {
    if (t.type != kind::word) return false;
    const folded_word key = folded(t);
    const std::string_view s = key.view();
    const unsigned last = day % 10;
    const bool teen = day % 100 >= 11 && day % 100 <= 13;
    if (s == "st") return last == 1 && !teen;
    if (s == "nd") return last == 2 && !teen;
    if (s == "rd") return last == 3 && !teen;
    if (s == "th") return teen || last == 0 || last >= 4;
    if (s == "er" || s == "re") return day == 1;
    return s == "\xC2\xBA" || s == "\xC2\xAA";  // º ª
  }

  std::optional<found> after_weekday(const token& t, const calendar_word& w) const {
    if (w.weekday_abbreviation && !starts_upper(t)) return std::nullopt;
    bool punctuated = false;
    token n = lex(t.end);
    if (is(n, '.') && !n.gap) {
      punctuated = true;
      n = lex(n.end);
    }
    if (is(n, '-') && !n.gap) {  // Portuguese "sexta-feira"
      const token f = lex(n.end);
      if (f.gap || !word_is(f, {"feira"})) return std::nullopt;
      n = lex(f.end);
    }
    if (is(n, ',')) {
      punctuated = true;
      n = lex(n.end);
    }
    if (w.short_weekday && !punctuated) return std::nullopt;
    if (!n.gap && !punctuated) return std::nullopt;
    if (n.type == kind::number) {
      if (auto f = numeric(n)) return f;
      return day_first(n);
    }
    const calendar_word* m = word_at(n);
    if (m != nullptr && m->month != 0) return month_first(n, *m);
    return std::nullopt;
  }

  // "September 6, 2025", "Sep 6th 2025", "Sept. 6".
  std::optional<found> month_first(const token& t, const calendar_word& w) const {
    bool dotted = false;
    token n = lex(t.end);
    if (w.month_abbreviation && is(n, '.') && !n.gap) {
      dotted = true;
      n = lex(n.end);
    }
    if (digits(n) < 1 || digits(n) > 2 || (!n.gap && !dotted)) return std::nullopt;
    const auto day = static_cast<unsigned>(value(n));
    if (day < 1 || day > 31) return std::nullopt;
    std::size_t end = n.end;
    const token s = lex(end);
    if (!s.gap && (s.type == kind::word || s.type == kind::overlong)) {
      if (!ordinal_suffix(s, day)) return std::nullopt;
      end = s.end;
    }
    found yearless{std::nullopt, w.month, day, end};
    token y = lex(end);
    bool separated = y.gap;
    if (is(y, ',')) {
      y = lex(y.end);
      separated = true;
    }
    if (digits(y) == 4 && separated && value(y) >= 1000 && clean_end(y.end))
      return found{value(y), w.month, day, y.end};
    if (!strong_enough(t, w)) return std::nullopt;
    return yearless;
  }

  // "6 September 2025", "6th of September", "6. September 2025",
  // "6 de septiembre de 2025", "1er septembre 2025", "6 сентября 2025 г.".
  std::optional<found> day_first(const token& t) const {
    if (digits(t) < 1 || digits(t) > 2) return std::nullopt;
    const auto day = static_cast<unsigned>(value(t));
    if (day < 1 || day > 31) return std::nullopt;
    bool marked = false;  // an ordinal mark or dot joins day and month
    token n = lex(t.end);
    if (!n.gap && n.type != kind::none) {
      if (ordinal_suffix(n, day)) {
        n = lex(n.end);
      } else if (is(n, '.') || is(n, 0xB0)) {  // "6." and "1°"
        marked = true;
        n = lex(n.end);
      } else {
        return std::nullopt;
      }
    }
    if (n.gap && word_is(n, {"of", "de"})) {
      const token m = lex(n.end);
      if (!m.gap) return std::nullopt;
      n = m;
    }
    const calendar_word* w = word_at(n);
    if (w == nullptr || w->month == 0 || (!n.gap && !marked)) return std::nullopt;
    std::size_t end = n.end;
    bool month_dot = false;
    if (w->month_abbreviation) {
      const token d = lex(end);
      if (is(d, '.') && !d.gap) {
        end = d.end;
        month_dot = true;
      }
    }
    found yearless{std::nullopt, w->month, day, end};
    token y = lex(end);
    bool separated = y.gap || month_dot;
    if (is(y, ',')) {
      y = lex(y.end);
      separated = true;
    }
    if (y.gap && word_is(y, {"de", "del", "of"})) {
      y = lex(y.end);
      separated = y.gap;
    }
    if (digits(y) == 4 && separated && value(y) >= 1000) {
      std::size_t year_end = y.end;
      const token r = lex(year_end);  // Russian "2025 г." / "2025г." / "2025 года"
      if (word_is(r, {"\xD0\xB3"})) {
        year_end = r.end;
        const token d = lex(year_end);
        if (is(d, '.') && !d.gap) year_end = d.end;
      } else if (r.gap && word_is(r, {"\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0"})) {
        year_end = r.end;
      }
      if (clean_end(year_end)) return found{value(y), w->month, day, year_end};
    }
    if (!strong_enough(n, *w)) return std::nullopt;
    return yearless;
  }

  // "2025-09-06", "2025/09/06", ISO timestamps, "06/09/2025", "6.9.2025".
  std::optional<found> numeric(const token& a) const {
    if (a.begin >= 2 && is_date_separator(static_cast<unsigned char>(text_[a.begin - 1])) &&
        digit_at(a.begin - 2))
      return std::nullopt;  // inside a longer run such as "1/06/09/2025"
    const token s1 = lex(a.end);
    if (s1.gap || s1.type != kind::punct || !is_date_separator(s1.mark)) return std::nullopt;
    const token b = lex(s1.end);
    if (b.gap || digits(b) < 1 || digits(b) > 2) return std::nullopt;
    const token s2 = lex(b.end);
    if (s2.gap || !is(s2, s1.mark)) return std::nullopt;
    const token c = lex(s2.end);
    if (c.gap || c.type != kind::number) return std::nullopt;
    found f;
    std::size_t end = c.end;
    if (digits(a) == 4 && digits(c) >= 1 && digits(c) <= 2) {
      f.year = value(a);
      f.month = static_cast<unsigned>(value(b));
      f.day = static_cast<unsigned>(value(c));
      if (auto t = time_after(end)) end = *t;
    } else if (digits(a) >= 1 && digits(a) <= 2 && digits(c) == 4) {
      const auto x = static_cast<unsigned>(value(a));
      const auto y = static_cast<unsigned>(value(b));
      f.year = value(c);
      bool day_first = options_.numeric_order == date_order::day_first;
      if (s1.mark == '.') day_first = true;  // "6.9.2025" is written only day first
      if (x > 12 && y <= 12) day_first = true;
      if (y > 12 && x <= 12) day_first = false;
      f.day = day_first ? x : y;
      f.month = day_first ? y : x;
    } else {
      return std::nullopt;
    }
    if (*f.year < 1000 || f.month < 1 || f.month > 12 || f.day < 1) return std::nullopt;
    if (!clean_end(end)) return std::nullopt;
    if (end < text_.size() && is_date_separator(static_cast<unsigned char>(text_[end])) &&
        digit_at(end + 1))
      return std::nullopt;  // "2025-09-06-1", "1.2.2025.3"
    f.end = end;
    return f;
  }

  // "T08:30", " 08:30:00.5Z", "T08:30:00+02:00" after an ISO date.
  std::optional<std::size_t> time_after(std::size_t i) const {
    const std::size_t n = text_.size();
    if (i >= n || (text_[i] != 'T' && text_[i] != 't' && text_[i] != ' ')) return std::nullopt;
    ++i;
    auto two = [&](std::size_t at, int max) -> bool {
      if (!digit_at(at) || !digit_at(at + 1)) return false;
      return (text_[at] - '0') * 10 + (text_[at + 1] - '0') <= max;
    };
    if (!two(i, 23) || i + 2 >= n || text_[i + 2] != ':' || !two(i + 3, 59)) return std::nullopt;
    i += 5;
    if (i < n && text_[i] == ':' && two(i + 1, 60)) {
      i += 3;
      if (i + 1 < n && (text_[i] == '.' || text_[i] == ',') && digit_at(i + 1)) {
        ++i;
        for (std::size_t k = 0; k < 9 && digit_at(i); ++k) ++i;
      }
    }
    if (i < n && (text_[i] == 'Z' || text_[i] == 'z')) {
      ++i;
    } else if (i < n && (text_[i] == '+' || text_[i] == '-') && two(i + 1, 14)) {
      i += 3;
      if (i < n && text_[i] == ':' && two(i + 1, 59)) {
        i += 3;
      } else if (two(i, 59)) {
        i += 2;
      }
    }
    if (!clean_end(i)) return std::nullopt;
    return i;
  }

  std::string_view text_;
  const date_scan_options& options_;
  mutable std::optional<std::uint32_t> language_bit_;  // looked up when first needed
};

}  // namespace

bool is_valid_date(int year, unsigned month, unsigned day) noexcept {
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

std::optional<scanned_date> match_date_at(std::string_view text, std::size_t pos,
                                          const date_scan_options& options) {
  return date_token_scanner(text, options).match(pos);
}

std::optional<scanned_date> search_date(std::string_view text, std::size_t from, std::size_t to,
                                        const date_scan_options& options,
                                        std::optional<int> default_year, bool keep_yearless) {
  if (to > text.size()) to = text.size();
  if (from >= to) return std::nullopt;
  const std::string_view view = text.substr(0, to);
  const date_token_scanner scan(view, options);
  scan_class previous =
      from > 0 ? read_code_point_before(text, from).cls : scan_class::space;
  for (std::size_t i = from; i < to;) {
    const code_point c = read_code_point(view, i);
    // Only the start of a run of letters or digits can start a date.
    if ((c.cls == scan_class::letter || c.cls == scan_class::digit) && c.cls != previous) {
      if (auto m = scan.match(i)) {
        if (m->year) return m;
        if (default_year && is_valid_date(*default_year, m->month, m->day)) {
          m->year = default_year;
          return m;
        }
        if (keep_yearless) return m;
      }
    }
    previous = c.cls;
    i += c.size;
  }
  return std::nullopt;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
