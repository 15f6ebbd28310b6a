#include "segment/sentence_splitter.hpp"

#include <array>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "segment/language_rules.hpp"
#include "text/byte_scan.hpp"
#include "text/char_class.hpp"
#include "text/utf8.hpp"
#include "util/thread_cache.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

namespace {

// Bounds that keep every look-around constant-time, so the scan stays linear
// whatever the input (a 10 MB token, megabytes of dots).
constexpr std::size_t max_scanned_word_bytes = 64;  // longer tokens are never abbreviations
constexpr std::size_t max_marks = 16;                // closing/opening marks looked through
constexpr std::size_t max_count_back = 256;          // bytes searched when counting words
constexpr std::size_t max_bracket_span = 600;  // a longer parenthesis may hold sentences
constexpr std::size_t max_bracket_depth = 32;
constexpr std::size_t short_block_bytes = 32;   // a paragraph of lines this short is a list
constexpr std::size_t max_heading_bytes = 160;  // longer lines are not checked for title case

enum class next_kind : std::uint8_t { end, lower, upper, digit, uncased, continuation, other };

// What follows a sentence-ending mark.
struct after_mark {
  std::size_t cut = 0;         // just past the mark and its closing quotes/brackets
  bool spaced = false;         // whitespace follows `cut`
  next_kind kind = next_kind::end;
  std::size_t word_begin = 0;  // the next word, after opening marks
  std::size_t word_end = 0;
};

bool is_closing_quote_or_bracket(char32_t c) noexcept {
  switch (c) {
    case ')': case ']': case '}': case '"': case '\'': case '`':
    case 0x201D: case 0x2019: case 0x00BB: case 0x00AB: case 0x203A: case 0x2039:
    case 0x201C: case 0x300D: case 0x300F: case 0xFF09: case 0x3011: case 0x3015:
    case 0xFF02: case 0xFF07: case 0x3009: case 0x300B: case 0xFF3D:
      return true;
    default:
      return is_invisible_format(c);
  }
}

bool is_opening_mark(char32_t c) noexcept {
  switch (c) {
    case '(': case '[': case '{': case '"': case '\'': case '`':
    case 0x201C: case 0x2018: case 0x00AB: case 0x00BB: case 0x201E: case 0x201A:
    case 0x2039: case 0x203A: case 0x00BF: case 0x00A1: case 0x300C: case 0x300E:
    case 0xFF08: case 0x3010: case 0x3014: case 0x3008: case 0x300A: case 0xFF3B:
      return true;
    default:
      return is_invisible_format(c);
  }
}

// Marks that end a sentence even without a following space (scripts written
// without spaces between sentences).
bool is_unspaced_terminator(char32_t c) noexcept {
  switch (c) {
    case 0x3002: case 0xFF0E: case 0xFF01: case 0xFF1F: case 0xFF61:  // CJK
    case 0x1362: case 0x1367: case 0x1368:                            // Ethiopic
    case 0x104B:                                                      // Myanmar
      return true;
    default:
      return false;
  }
}

// Marks that end a sentence when whitespace follows.
bool is_spaced_terminator(char32_t c) noexcept {
  switch (c) {
    case '!': case '?':
    case 0x061F: case 0x06D4: case 0x0964: case 0x0965: case 0x0589: case 0x037E:
    case 0x203C: case 0x2047: case 0x2048: case 0x2049: case 0x2026:
      return true;
    default:
      return false;
  }
}

bool is_bullet(char32_t c) noexcept {
  switch (c) {
    case 0x2022: case 0x2023: case 0x2043: case 0x25E6: case 0x25AA: case 0x25AB:
    case 0x25A0: case 0x25A1: case 0x25CF: case 0x25CB: case 0x25BA: case 0x25B8:
    case 0x27A2: case 0x2794: case 0x2713: case 0x2714: case 0x2756:
      return true;
    default:
      return false;
  }
}

char32_t matching_open(char32_t close) noexcept {
  switch (close) {
    case ')': return '(';
    case ']': return '[';
    case '}': return '{';
    case 0xFF09: return 0xFF08;
    case 0x300B: return 0x300A;
    case 0x3009: return 0x3008;
    case 0x300D: return 0x300C;
    case 0x300F: return 0x300E;
    case 0x3011: return 0x3010;
    case 0x3015: return 0x3014;
    case 0xFF3D: return 0xFF3B;
    default: return 0;
  }
}

bool is_open_bracket(char32_t c) noexcept {
  switch (c) {
    case '(': case '[': case '{': case 0xFF08: case 0x300C: case 0x300E: case 0x3010:
    case 0x3014: case 0xFF3B: case 0x300A: case 0x3008:
      return true;
    default:
      return false;
  }
}

// A list marker: "1", "12", "a", "B", "iv" (the part before '.', ')' or ".)").
struct marker {
  bool valid = false;
  char kind = 0;  // 'd' digits, 'l'/'u' lower/upper letter, 'r'/'R' lower/upper roman
  int value = 0;
};

int roman_value(std::string_view w) noexcept {
  int total = 0, prev = 0;
  for (auto it = w.rbegin(); it != w.rend(); ++it) {
    int v = 0;
    switch (*it | 0x20) {
      case 'i': v = 1; break;
      case 'v': v = 5; break;
      case 'x': v = 10; break;
      case 'l': v = 50; break;
      default: return 0;
    }
    total += v < prev ? -v : v;
    if (v > prev) prev = v;
  }
  return total;
}

// The marker `w` read as a letter and as a roman numeral (either may be invalid).
marker letter_marker(std::string_view w) noexcept {
  if (w.size() == 1 && w[0] >= 'a' && w[0] <= 'z') return {true, 'l', w[0] - 'a'};
  if (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z') return {true, 'u', w[0] - 'A'};
  return {};
}
marker roman_marker(std::string_view w) noexcept {
  if (w.empty() || w.size() > 5) return {};
  const bool lower = w[0] >= 'a';
  for (char c : w)
    if ((c >= 'a') != lower) return {};
  const int v = roman_value(w);
  return v > 0 ? marker{true, lower ? 'r' : 'R', v} : marker{};
}

// How a list opened by `w` is numbered: "i" and "ii" start roman lists.
marker parse_marker(std::string_view w) noexcept {
  if (w.empty() || w.size() > 5) return {};
  bool digits = w.size() <= 3;
  int v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') {
      digits = false;
      break;
    }
    v = v * 10 + (c - '0');
  }
  if (digits) return {true, 'd', v};
  const marker r = roman_marker(w);
  if (r.valid && (w.size() > 1 || (w[0] | 0x20) == 'i')) return r;
  const marker l = letter_marker(w);
  return l.valid ? l : r;
}

// Whether `w` is the item after `prev` in the same numbering.
bool follows(std::string_view w, const marker& prev, marker& next) noexcept {
  for (const marker m : {parse_marker(w), letter_marker(w), roman_marker(w)}) {
    if (!m.valid) continue;
    const bool same = m.kind == prev.kind;
    if (same && m.value == prev.value + 1) {
      next = m;
      return true;
    }
  }
  return false;
}

// One split() call: a single left-to-right pass. Cuts found by marks are kept
// per paragraph ("block"); line breaks that may or may not end a sentence are
// decided when the block ends, once the block's line width is known.
class sentence_scanner {
 public:
  sentence_scanner(std::string_view text, const language_rules& rules, std::vector<span>& out)
      : s_(text), rules_(rules), out_(out) {}

  void run(std::size_t begin, std::size_t end) {
    end_ = end;
    std::size_t i = skip_space(begin);
    start_block(i);
    while (true) {
      i = next_interesting(i);
      if (i >= end_) break;
      i = dispatch(i);
    }
    finish_block(end_);
  }

 private:
  struct soft_break {
    std::size_t pos;       // first character of the next line
    std::size_t prev_len;  // characters in the previous line, trimmed
    std::size_t next_word;
    bool forced;           // the next line is a list item or bullet
    bool joined;           // the previous line ends mid-sentence (comma, hyphen...)
    bool dash;             // the next line starts with "- " or "12. " (an item, or wrapping)
    bool after_dash;       // so did the previous line: a list goes on
    bool colon;
    bool heading;          // the previous line is written in title case
    bool first_line;       // the previous line is the paragraph's first
    next_kind next;
    std::size_t next_len;  // characters in the next line, trimmed
  };
  struct bracket {
    char32_t open;
    std::size_t pos;
  };
  struct workspace {
    std::vector<std::size_t> cuts;
    std::vector<soft_break> soft;
    std::vector<bracket> brackets;
    std::string scratch;
  };

 public:
  static workspace& thread_workspace() { return thread_cache<workspace>::get(); }

  // Gives back the memory of an unusually long paragraph.
  static void trim_workspace() {
    constexpr std::size_t keep = std::size_t{1} << 14;
    workspace& w = thread_workspace();
    if (w.cuts.capacity() > keep) std::vector<std::size_t>().swap(w.cuts);
    if (w.soft.capacity() > keep) std::vector<soft_break>().swap(w.soft);
    if (w.brackets.capacity() > keep) std::vector<bracket>().swap(w.brackets);
  }

 private:

  // ---- small helpers -------------------------------------------------------

  // The first byte at or after `i` that may end or open a sentence, or end_;
  // everything else is skipped in the hot loop.
  std::size_t next_interesting(std::size_t i) const noexcept {
    return find_sentence_byte(s_, i, end_);
  }

  static bool ascii_alnum(char c) noexcept {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  char32_t cp_at(std::size_t i) const noexcept {
    std::size_t j = i;
    return decode_utf8(s_, j);
  }
  std::size_t len_at(std::size_t i) const noexcept {
    return utf8_lead_length(static_cast<unsigned char>(s_[i]));
  }
  case_class kind_at(std::size_t i) const noexcept { return classify_case(cp_at(i)); }
  bool space_at(std::size_t i) const noexcept {
    const auto b = static_cast<unsigned char>(s_[i]);
    if (b < 0x80) return b == ' ' || (b >= '\t' && b <= '\r');
    return classify_case(cp_at(i)) == case_class::space;
  }
  std::size_t skip_space(std::size_t i) const noexcept {
    while (i < end_ && space_at(i)) i += len_at(i);
    return i;
  }
  bool line_break_at(std::size_t i) const noexcept {
    const auto b = static_cast<unsigned char>(s_[i]);
    if (b == '\n' || b == '\r' || b == '\v' || b == '\f') return true;
    if (b < 0x80) return false;
    const char32_t c = cp_at(i);
    return c == 0x85 || c == 0x2028 || c == 0x2029;
  }
  // Whitespace before `i` (or the block start)?
  bool space_before(std::size_t i) const noexcept {
    if (i <= block_begin_) return true;
    return space_at(previous_code_point_start(s_, i, block_begin_));
  }

  // The token that ends at `e` (exclusive): back to whitespace, at most
  // max_scanned_word_bytes; leading opening marks and bullets are dropped. Returns its
  // start, or npos when the token is longer than the bound.
  std::size_t word_begin(std::size_t e) const noexcept {
    // A token never reaches back past the start of the current sentence
    // ("Tuesday.Mr. Smith" after a cut at "Tuesday.").
    const std::size_t floor =
        sentence_start_ > block_begin_ && sentence_start_ <= e ? sentence_start_ : block_begin_;
    const std::size_t lo = e > floor + max_scanned_word_bytes ? e - max_scanned_word_bytes : floor;
    std::size_t b = e;
    while (b > lo) {
      const auto ch = static_cast<unsigned char>(s_[b - 1]);
      if (ch < 0x80) {  // an ASCII byte is a whole character
        if (ch == ' ' || (ch >= '\t' && ch <= '\r')) break;
        --b;
        continue;
      }
      const std::size_t p = previous_code_point_start(s_, b, lo);
      if (space_at(p)) break;
      b = p;
    }
    if (b == lo && lo > floor && !space_at(previous_code_point_start(s_, lo, floor))) return npos;
    for (std::size_t n = 0; b < e && n < max_marks; ++n) {
      if (ascii_alnum(s_[b])) break;  // the usual case: no mark to drop
      const char32_t c = cp_at(b);
      if (!is_opening_mark(c) && !is_bullet(c) && c != '-' && c != 0x2013 && c != 0x2014) break;
      b += len_at(b);
    }
    return b;
  }

  // Letters, digits and inner marks of the word at `b`, bounded.
  std::size_t word_end(std::size_t b) const noexcept {
    std::size_t e = b;
    while (e < end_ && e - b < max_scanned_word_bytes) {
      const auto ch = static_cast<unsigned char>(s_[e]);
      if (ch < 0x80) {
        if (!ascii_alnum(static_cast<char>(ch)) && ch != '\'' && ch != '-') break;
        ++e;
        continue;
      }
      const char32_t c = cp_at(e);
      const case_class k = classify_case(c);
      if (k == case_class::space) break;
      if (!is_letter(k) && k != case_class::digit && c != '\'' && c != 0x2019 && c != '-') break;
      e += len_at(e);
    }
    return e;
  }

  // Characters in [b, e): line widths compare in characters, not bytes, so
  // that curly quotes do not make a line look longer. Long lines count bytes.
  std::size_t width(std::size_t b, std::size_t e) const noexcept {
    if (e <= b) return 0;
    if (e - b > 512) return e - b;
    // Count continuation bytes (10xxxxxx) eight at a time.
    std::size_t continuation = 0;
    std::size_t p = b;
    for (; p + 8 <= e; p += 8) {
      std::uint64_t x;
      std::memcpy(&x, s_.data() + p, 8);
      const std::uint64_t m = x & ~(x << 1) & 0x8080808080808080ull;
      // One bit per byte: summing the bytes counts them (no popcount call).
      continuation += static_cast<std::size_t>(((m >> 7) * 0x0101010101010101ull) >> 56);
    }
    for (; p < e; ++p) continuation += (static_cast<unsigned char>(s_[p]) & 0xC0) == 0x80;
    return (e - b) - continuation;
  }

  std::string_view folded(std::size_t b, std::size_t e) {
    const std::string_view w = s_.substr(b, e - b);
    if (w.size() <= sizeof(ascii_fold_)) {
      // Short ASCII words (nearly every word before a period) fold in place.
      std::size_t n = 0;
      for (; n < w.size(); ++n) {
        const auto ch = static_cast<unsigned char>(w[n]);
        if (ch >= 0x80) break;
        ascii_fold_[n] = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
      }
      if (n == w.size()) return std::string_view(ascii_fold_, n);
    }
    scratch_.clear();
    append_abbreviation_key(w, scratch_);
    return scratch_;
  }

  bool starter_at(const after_mark& a) {
    if (a.word_end <= a.word_begin) return false;
    return rules_.is_starter(folded(a.word_begin, a.word_end));
  }

  // Words from the sentence start up to and including the one at `wb` (capped).
  int words_up_to(std::size_t wb, int cap) const noexcept {
    int words = 1;
    const std::size_t lo = wb > sentence_start_ + max_count_back ? wb - max_count_back
                                                                  : sentence_start_;
    bool in_space = false;
    for (std::size_t i = wb; i > lo && words < cap;) {
      i = previous_code_point_start(s_, i, lo);
      const bool sp = space_at(i);
      if (!sp && in_space) ++words;
      in_space = sp;
    }
    return words;
  }

  // ---- looking past a mark -------------------------------------------------

  after_mark look_after(std::size_t j) const noexcept {
    after_mark a;
    std::size_t q = j;
    for (std::size_t n = 0; q < end_ && n < max_marks; ++n) {
      const char32_t c = cp_at(q);
      if (c == '[') {  // a citation after the mark: "martyr.[1] The"
        std::size_t d = q + 1;
        while (d < end_ && d - q <= 4 && s_[d] >= '0' && s_[d] <= '9') ++d;
        if (d > q + 1 && d < end_ && s_[d] == ']') {
          q = d + 1;
          continue;
        }
        break;
      }
      if (!is_closing_quote_or_bracket(c) && !is_spaced_terminator(c) && !is_unspaced_terminator(c) &&
          c != '.')
        break;
      q += len_at(q);
    }
    // Tokenized closing quotes: "stopped . ''", "taser ! ' ''", also when
    // wrapping moved the quote to the next line ("stopped .\n''").
    for (int n = 0; n < 3 && q < end_; ++n) {
      std::size_t p = q;
      if (s_[p] == ' ' || s_[p] == '\n') {
        ++p;
      } else if (s_[p] == '\r') {
        p += (p + 1 < end_ && s_[p + 1] == '\n') ? 2 : 1;
      } else {
        break;
      }
      if (p >= end_ || s_[p] != '\'') break;
      const std::size_t t = (p + 1 < end_ && s_[p + 1] == '\'') ? p + 2 : p + 1;
      if (t < end_ && !space_at(t)) break;
      q = t;
    }
    a.cut = q;
    if (q >= end_) return a;
    if (!space_at(q)) {
      a.spaced = false;
      a.word_begin = q;
      a.word_end = word_end(q);
      const case_class k = kind_at(q);
      a.kind = k == case_class::upper    ? next_kind::upper
               : k == case_class::lower  ? next_kind::lower
               : k == case_class::digit  ? next_kind::digit
               : k == case_class::uncased ? next_kind::uncased
                                         : next_kind::other;
      return a;
    }
    a.spaced = true;
    std::size_t r = skip_space(q);
    if (r >= end_) return a;
    if (marker_at(r)) {
      a.kind = next_kind::upper;
      a.word_begin = r;
      a.word_end = r;
      return a;
    }
    for (std::size_t n = 0; r < end_ && n < max_marks && is_opening_mark(cp_at(r)); ++n)
      r += len_at(r);
    if (r >= end_) {
      a.kind = next_kind::other;
      return a;
    }
    const char32_t c = cp_at(r);
    const case_class k = classify_case(c);
    a.word_begin = r;
    a.word_end = word_end(r);
    switch (k) {
      case case_class::upper: a.kind = next_kind::upper; break;
      case case_class::lower: a.kind = next_kind::lower; break;
      case case_class::digit: a.kind = next_kind::digit; break;
      case case_class::uncased: a.kind = next_kind::uncased; break;
      default:
        a.kind = (c == ',' || c == ';' || c == ':' || c == '-' || c == 0x2013 || c == 0x2014 ||
                  c == ')' || c == 0x060C || c == '/')
                     ? next_kind::continuation
                     : next_kind::other;
    }
    return a;
  }

  // ---- cuts ----------------------------------------------------------------

  void add_cut(std::size_t pos) {
    if (pos <= block_begin_ || pos >= end_) return;
    if (!cuts_.empty() && pos <= cuts_.back()) return;
    cuts_.push_back(pos);
    note_sentence_start(skip_space(pos));
  }

  // Records where a sentence starts and whether it opens with a list marker.
  void note_sentence_start(std::size_t p) {
    sentence_start_ = p;
    std::size_t q = p;
    if (q < end_ && is_bullet(cp_at(q))) {
      q += len_at(q);
      while (q < end_ && q - p < 8 && (s_[q] == ' ' || s_[q] == '\t')) ++q;
    }
    first_token_ = q;
    list_ = {};
    const bool bracketed = q < end_ && s_[q] == '(';
    if (bracketed) ++q;
    std::size_t e = q;
    while (e < end_ && e - q < 5 && ascii_alnum(s_[e])) ++e;
    if (e >= end_ || e == q) return;
    char style = 0;
    if (bracketed) style = s_[e] == ')' ? 'b' : 0;
    else if (s_[e] == '.' && e + 1 < end_ && s_[e + 1] == ')') style = 'p';
    else if (s_[e] == '.' && (e + 1 >= end_ || space_at(e + 1))) style = '.';
    else if (s_[e] == ')') style = ')';
    if (!style) return;
    const marker m = parse_marker(s_.substr(q, e - q));
    if (!m.valid) return;
    list_ = m;
    list_style_ = style;
  }

  // Is the token [wb, we) followed by `style` the next item of the open list?
  // Advances the list when it is.
  bool next_list_item(std::size_t wb, std::size_t we, char style) {
    if (!list_.valid || style != list_style_ || wb == first_token_) return false;
    marker next;
    if (!follows(s_.substr(wb, we - wb), list_, next)) return false;
    if (!space_before(style == 'b' ? wb - 1 : wb)) return false;
    list_ = next;
    return true;
  }

  // "12. Text" at the start of a line: a numbered item.
  bool numbered_item_at(std::size_t r) const noexcept {
    std::size_t e = r;
    while (e < end_ && e - r < 3 && s_[e] >= '0' && s_[e] <= '9') ++e;
    return e > r && e + 1 < end_ && s_[e] == '.' && space_at(e + 1);
  }

  // A list marker at `r` ("a)", "(ii)", "3.)", "b. "): the start of an item.
  bool marker_at(std::size_t r) const noexcept {
    std::size_t q = r;
    const bool bracketed = q < end_ && s_[q] == '(';
    if (bracketed) ++q;
    std::size_t e = q;
    while (e < end_ && e - q < 5 && ascii_alnum(s_[e])) ++e;
    if (e == q || e >= end_) return false;
    const std::string_view w = s_.substr(q, e - q);
    const marker m = parse_marker(w);
    if (!m.valid) return false;
    if (bracketed) return s_[e] == ')' && (m.kind != 'd' || w.size() <= 2);
    if (s_[e] == ')') return true;
    if (s_[e] == '.' && e + 1 < end_ && s_[e + 1] == ')') return true;
    // "b. text": a lowercase item letter; "2. Text" is left to the number rules.
    return s_[e] == '.' && (m.kind == 'l' || m.kind == 'r') && e + 2 < end_ &&
           s_[e + 1] == ' ' && is_letter(kind_at(e + 2));
  }

  void start_block(std::size_t p) {
    block_begin_ = p;
    line_begin_ = p;
    max_line_ = 0;
    cuts_.clear();
    soft_.clear();
    brackets_.clear();
    bracket_overflow_ = 0;
    quote_open_ = npos;
    note_sentence_start(p);
  }

  void emit(std::size_t b, std::size_t e) {
    b = skip_space(b);
    while (e > b) {
      const std::size_t p = previous_code_point_start(s_, e, b);
      if (!space_at(p)) break;
      e = p;
    }
    if (e > b) out_.push_back(span{b, e});
  }

  bool soft_cut(const soft_break& sb) const noexcept {
    if (sb.forced) return true;
    // A wrapped line is one the next word did not fit on.
    const bool wrapped = (sb.prev_len + 1 + sb.next_word) * 10 >= max_line_ * 8;
    // "- item" after a full line is a dash inside a wrapped sentence.
    if (sb.dash) return !wrapped || sb.colon || sb.after_dash;
    if (sb.joined) return false;
    if (max_line_ < short_block_bytes && !block_prose_) return true;
    if (sb.next == next_kind::continuation) return false;
    // Two short lines in a row are items of a column, not a wrapped sentence.
    if (sb.next == next_kind::lower)
      return sb.prev_len * 2 < max_line_ && sb.next_len * 2 < max_line_ && !block_prose_;
    // A title-case line at full width is more likely a wrapped run of names.
    if (sb.heading && (sb.first_line || sb.prev_len * 10 < max_line_ * 9)) return true;
    if (sb.colon) return !wrapped;
    return !wrapped;
  }

  void finish_block(std::size_t block_end) {
    // Trimmed length of the block's last line.
    std::size_t e = block_end;
    while (e > line_begin_ && space_at(previous_code_point_start(s_, e, line_begin_)))
      e = previous_code_point_start(s_, e, line_begin_);
    const std::size_t last_len = width(line_begin_, e);
    if (last_len > max_line_) max_line_ = last_len;
    if (!soft_.empty() && soft_.back().pos == line_begin_) soft_.back().next_len = last_len;
    // A paragraph that ends a sentence is prose, not a column of items.
    block_prose_ = !cuts_.empty();
    if (e > block_begin_) {
      const char32_t lc = cp_at(previous_code_point_start(s_, e, block_begin_));
      if (lc == '.' || is_spaced_terminator(lc) || is_unspaced_terminator(lc) ||
          is_closing_quote_or_bracket(lc))
        block_prose_ = true;
    }

    std::size_t prev = block_begin_;
    std::size_t k = 0;
    for (const std::size_t c : cuts_) {
      for (; k < soft_.size() && soft_[k].pos < c; ++k) {
        if (soft_cut(soft_[k])) {
          emit(prev, soft_[k].pos);
          prev = soft_[k].pos;
        }
      }
      emit(prev, c);
      prev = c;
    }
    for (; k < soft_.size(); ++k) {
      if (soft_[k].pos > prev && soft_cut(soft_[k])) {
        emit(prev, soft_[k].pos);
        prev = soft_[k].pos;
      }
    }
    emit(prev, block_end);
  }

  // ---- dispatch ------------------------------------------------------------

  std::size_t dispatch(std::size_t i) {
    const auto b = static_cast<unsigned char>(s_[i]);
    switch (b) {
      case '\n': case '\r': case '\v': case '\f':
        return on_line_break(i, b == '\r' && i + 1 < end_ && s_[i + 1] == '\n' ? 2 : 1, false);
      case '.': return on_period(i);
      case '!': case '?': return on_terminator(i, false);
      case ';': return rules_.semicolon_question ? on_terminator(i, false) : i + 1;
      case ':': return rules_.colon_terminates ? on_terminator(i, false) : i + 1;
      case '(': case '[': case '{': open_bracket(b, i); return i + 1;
      case ')': case ']': case '}': return on_close(b, i);
      case '"': on_double_quote(i, 0); return i + 1;
      default: break;
    }
    if (b < 0x80) return i + 1;
    const char32_t c = cp_at(i);
    const std::size_t n = len_at(i);
    if (c == 0x2026) return on_dots(i, i + n, false, false, 3);
    if (c == 0x201C || c == 0x201D) {
      on_double_quote(i, c == 0x201C ? 1 : 2);
      return i + n;
    }
    if (is_unspaced_terminator(c)) return on_terminator(i, true);
    if (is_spaced_terminator(c)) return on_terminator(i, false);
    if (c == 0x060C && rules_.comma_terminates) return on_terminator(i, false);
    if (c == 0x85 || c == 0x2028) return on_line_break(i, n, false);
    if (c == 0x2029) return on_line_break(i, n, true);
    if (is_open_bracket(c)) {
      open_bracket(c, i);
      return i + n;
    }
    if (matching_open(c)) return on_close(c, i);
    if (is_bullet(c)) {
      if (i > sentence_start_ && space_before(i)) add_cut(i);
      return i + n;
    }
    return i + n;
  }

  // ---- brackets ------------------------------------------------------------

  void open_bracket(char32_t c, std::size_t i) {
    if (brackets_.size() >= max_bracket_depth) {
      ++bracket_overflow_;
      return;
    }
    brackets_.push_back({c, i});
  }

  std::size_t on_close(char32_t c, std::size_t i) {
    const std::size_t n = len_at(i);
    const char32_t open = matching_open(c);
    if (bracket_overflow_ > 0) {
      --bracket_overflow_;
      return i + n;
    }
    for (std::size_t d = brackets_.size(); d > 0; --d) {
      if (brackets_[d - 1].open != open) continue;
      const std::size_t from = brackets_[d - 1].pos;
      brackets_.resize(d - 1);
      if (c == ')' && i - from <= 6 && list_style_ == 'b' && next_list_item(from + 1, i, 'b')) {
        const marker item = list_;
        add_cut(from);
        list_ = item;
        list_style_ = 'b';
        first_token_ = from;
        return i + n;
      }
      // Sentences inside a short parenthesis belong to the enclosing one.
      if (i - from <= max_bracket_span) {
        auto first = cuts_.end();
        auto last = cuts_.end();
        for (auto it = cuts_.end(); it != cuts_.begin();) {
          --it;
          if (*it <= from) break;
          if (*it <= i) {
            if (last == cuts_.end()) last = it + 1;
            first = it;
          }
        }
        if (first != cuts_.end()) cuts_.erase(first, last);
      }
      return i + n;
    }
    // An unmatched ')' after a list marker: "1)", "b)", "2.)".
    if (c == ')') {
      const std::size_t wb = word_begin(i);
      if (wb != npos && wb < i && s_[i - 1] != '.') {
        const marker keep = list_;
        if (next_list_item(wb, i, ')')) {
          const marker item = list_;
          add_cut(wb);
          list_ = item;
          list_style_ = ')';
          first_token_ = wb;
        } else {
          list_ = keep;
        }
      }
    }
    return i + n;
  }

  // ---- quotations ----------------------------------------------------------

  // A quotation that opens a sentence and is followed by a parenthetical source,
  // '"Ei fu. Siccome immobile [...]" (Manzoni).', is one cited sentence.
  // `dir`: 0 for '"' (either way), 1 opening, 2 closing.
  void on_double_quote(std::size_t i, int dir) {
    const bool opening = dir == 1 || (dir == 0 && quote_open_ == npos);
    if (opening) {
      if (i == sentence_start_) quote_open_ = i;
      return;
    }
    if (quote_open_ == npos) return;
    const std::size_t from = quote_open_;
    quote_open_ = npos;
    if (i - from > 2 * max_bracket_span) return;
    std::size_t p = i + len_at(i);
    if (p >= end_ || s_[p] != ' ') return;
    ++p;
    if (p >= end_ || s_[p] != '(') return;
    const std::size_t open = p;
    while (p < end_ && p - open < 80 && s_[p] != ')' && !line_break_at(p)) p += len_at(p);
    if (p >= end_ || s_[p] != ')' || p == open + 1) return;
    // A source, not a parenthetical sentence: "(Smith 55)", not "(It was late.)".
    if (s_[p - 1] == '.' || s_[p - 1] == '!' || s_[p - 1] == '?') return;
    ++p;
    if (p < end_ && s_[p] != '.' && s_[p] != ',' && s_[p] != ';' && !space_at(p)) return;
    // Cuts are sorted and the quotation is recent: search from the back.
    auto first = cuts_.end();
    while (first != cuts_.begin() && *(first - 1) > from) --first;
    auto last = first;
    while (last != cuts_.end() && *last <= open) ++last;
    cuts_.erase(first, last);
  }

  // ---- line breaks ---------------------------------------------------------

  std::size_t on_line_break(std::size_t i, std::size_t n, bool paragraph) {
    // Trimmed extent of the line that ends here.
    std::size_t e = i;
    while (e > line_begin_ && space_at(previous_code_point_start(s_, e, line_begin_)))
      e = previous_code_point_start(s_, e, line_begin_);
    const std::size_t len = width(line_begin_, e);
    if (len > max_line_) max_line_ = len;

    // A blank line (or a paragraph separator) ends the block.
    std::size_t q = i + n;
    while (q < end_ && !line_break_at(q) && space_at(q)) q += len_at(q);
    if (paragraph || q >= end_ || line_break_at(q)) {
      finish_block(i);
      const std::size_t p = skip_space(q);
      start_block(p);
      return p;
    }

    if (!soft_.empty() && soft_.back().pos == line_begin_) soft_.back().next_len = len;
    if (len > 0 && (cuts_.empty() || cuts_.back() < e)) add_soft_break(e, len, q);
    line_begin_ = q;
    return q;
  }

  void add_soft_break(std::size_t line_end, std::size_t len, std::size_t next) {
    soft_break sb{};
    sb.pos = next;
    sb.prev_len = len;
    const std::size_t last = previous_code_point_start(s_, line_end, line_begin_);
    const char32_t lc = cp_at(last);
    sb.joined = lc == ',' || lc == ';' || lc == '-' || lc == 0x2013 || lc == 0x2014 ||
                lc == '(' || lc == '/' || lc == '&' || lc == '+' || lc == '=' || lc == '.' ||
                lc == 0x060C || lc == 0x3001;
    sb.colon = lc == ':';
    sb.first_line = line_begin_ == block_begin_;

    // The next line: a bullet or list item always starts a sentence.
    const char32_t c = cp_at(next);
    const case_class k = classify_case(c);
    if (is_bullet(c)) {
      sb.forced = true;
    } else if ((c == '-' || c == '*' || c == 0x2013 || c == 0x2014) &&
               next + len_at(next) < end_ && space_at(next + len_at(next))) {
      sb.dash = true;
      sb.after_dash = cp_at(line_begin_) == c && line_begin_ + 1 < end_ &&
                      space_at(line_begin_ + len_at(line_begin_));
    } else if ((list_.valid && (list_.kind != 'u' || list_style_ != '.')) || marker_at(next)) {
      // A list item ends at its line ("A. Smith" may be an initial, not an item).
      sb.forced = true;
    } else if (numbered_item_at(next)) {
      sb.dash = true;  // "12. Text" opens an item unless a wrapped sentence runs on
    }
    // The first token of the next line, as wrapping sees it (up to a space).
    std::size_t we = next;
    while (we < end_ && we - next < max_scanned_word_bytes && !space_at(we)) we += len_at(we);
    sb.next_word = width(next, we);
    sb.next = k == case_class::lower   ? next_kind::lower
              : k == case_class::upper ? next_kind::upper
              : k == case_class::digit ? next_kind::digit
              : (c == ',' || c == ';' || c == ')') ? next_kind::continuation
                                                  : next_kind::other;
    // Only a line that starts a sentence can be a heading (not a wrapped list of names).
    if (!sb.forced && !sb.joined && sb.next != next_kind::lower && len <= max_heading_bytes &&
        sentence_start_ == line_begin_)
      sb.heading = title_case(line_begin_, line_end);
    soft_.push_back(sb);
    if (sb.forced) note_sentence_start(next);
  }

  // A heading: the first word and most words capitalized, lowercase words only
  // short function words ("of", "in", "the"), no sentence mark, comma or
  // parenthesis inside (those are lists of names).
  bool title_case(std::size_t b, std::size_t e) const noexcept {
    int words = 0, capitals = 0;
    bool at_word = true, last_lower = false;
    for (std::size_t i = b; i < e; i += len_at(i)) {
      const char32_t c = cp_at(i);
      if (c == '.' || c == '!' || c == '?' || c == ',' || c == ';' || c == '(') return false;
      const case_class k = classify_case(c);
      if (k == case_class::space) {
        at_word = true;
        continue;
      }
      if (!at_word) continue;
      at_word = false;
      if (k == case_class::lower) {
        std::size_t we = i;
        while (we < e && kind_at(we) == case_class::lower) we += len_at(we);
        if (we - i > 3 || words == 0) return false;
      }
      if (is_letter(k)) ++words;
      if (k == case_class::upper) ++capitals;
      last_lower = k == case_class::lower;
    }
    return capitals >= 2 && capitals * 3 >= words * 2 && !last_lower;
  }

  // ---- sentence-ending marks -----------------------------------------------

  std::size_t on_terminator(std::size_t i, bool unspaced) {
    std::size_t j = i + len_at(i);
    if (unspaced && cp_at(i) == 0xFF0E && i > block_begin_ && j < end_ &&
        kind_at(previous_code_point_start(s_, i, block_begin_)) == case_class::digit &&
        kind_at(j) == case_class::digit)
      return j;  // a fullwidth decimal point
    const after_mark a = look_after(j);
    if (a.kind == next_kind::end) return j;
    // A mark standing alone is a tokenized sentence end ("spinoff ? you got it").
    if (a.spaced && !unspaced && (cp_at(i) == '?' || cp_at(i) == '!') && space_before(i) &&
        i > sentence_start_) {
      add_cut(a.cut);
      return j;
    }
    if (!a.spaced) {
      if (unspaced || (j < end_ && is_unspaced_terminator(cp_at(j)))) add_cut(a.cut);
      return j;
    }
    if (a.kind == next_kind::continuation && dash_then_capital(a)) {
      add_cut(a.cut);  // "What do you see? - Posted like..."
      return j;
    }
    if (a.kind == next_kind::lower && !rules_.lowercase_start &&
        !line_break_between(a.cut, a.word_begin))
      return j;
    if (a.kind == next_kind::continuation) return j;
    add_cut(a.cut);
    return j;
  }

  bool line_break_between(std::size_t b, std::size_t e) const noexcept {
    for (std::size_t p = b; p < e; p += len_at(p))
      if (line_break_at(p)) return true;
    return false;
  }

  // A dash after the mark, then a capitalized word: the dash opens the next sentence.
  bool dash_then_capital(const after_mark& a) const noexcept {
    std::size_t p = a.word_begin;
    const char32_t c = cp_at(p);
    if (c != '-' && c != 0x2013 && c != 0x2014) return false;
    p += len_at(p);
    if (p >= end_ || !space_at(p)) return false;
    p = skip_space(p);
    return p < end_ && kind_at(p) == case_class::upper;
  }

  // Runs of periods and ellipses. `spaced`: written ". . ."; `bare`: no word before.
  std::size_t on_dots(std::size_t i, std::size_t run_end, bool spaced, bool bare, int dots) {
    if (i > block_begin_) {
      const char32_t before = cp_at(previous_code_point_start(s_, i, block_begin_));
      if (before == '[' || before == '(') return run_end;  // "[...]": an omission mark
    }
    if (spaced && bare && dots == 3) return run_end;  // ". . ." inside a sentence
    const after_mark a = look_after(run_end);
    if (!a.spaced || (a.kind != next_kind::upper && a.kind != next_kind::uncased)) return run_end;
    add_cut(a.cut);
    return run_end;
  }

  std::size_t on_period(std::size_t i) {
    std::size_t j = i;
    while (j < end_ && s_[j] == '.') ++j;
    const int contiguous = static_cast<int>(j - i);
    std::size_t k = j;
    int spaced = 0;
    // ". . ." is written with single dots between single spaces.
    while (k + 1 < end_ && s_[k] == ' ' && s_[k + 1] == '.' && (k + 2 >= end_ || s_[k + 2] != '.')) {
      k += 2;
      ++spaced;
    }
    const bool bare = space_before(i);
    if (!bare && contiguous == 1 && spaced >= 3) {
      // "word. . . . Next": the word's period ends the sentence; the ellipsis opens the next.
      const after_mark a = look_after(k);
      if (a.spaced && (a.kind == next_kind::upper || a.kind == next_kind::uncased)) add_cut(i + 1);
      return k;
    }
    if (contiguous + spaced >= 2)
      return on_dots(i, spaced ? k : j, spaced > 0, bare, contiguous + spaced);
    return single_period(i, bare);
  }

  std::size_t single_period(std::size_t i, bool bare) {
    const std::size_t j = i + 1;
    const after_mark a = look_after(j);
    if (a.kind == next_kind::end) return j;
    if (bare) {
      // A period standing alone is a tokenized sentence end ("barked . then"),
      // unless it belongs to a list number or a title ("1 . first", "gov . kasich").
      if ((a.spaced || a.cut == end_) && !tokenized_non_end(i)) add_cut(a.cut);
      return j;
    }
    const std::size_t wb = word_begin(i);
    if (wb == npos) {  // a very long token: a URL, a number, not an abbreviation
      if (a.spaced && a.kind != next_kind::lower && a.kind != next_kind::continuation)
        add_cut(a.cut);
      return j;
    }
    // Part of "?"." or "!)." after another mark: that mark decided already.
    if (wb == i) return j;
    {
      const char32_t prev = cp_at(previous_code_point_start(s_, i, wb));
      if (is_closing_quote_or_bracket(prev) || is_spaced_terminator(prev)) {
        std::size_t p = i;
        bool only_marks = true;
        while (p > wb) {
          p = previous_code_point_start(s_, p, wb);
          const char32_t c = cp_at(p);
          if (is_spaced_terminator(c) || is_unspaced_terminator(c)) break;
          if (!is_closing_quote_or_bracket(c)) {
            only_marks = false;
            break;
          }
        }
        if (only_marks && p >= wb && p < i &&
            (is_spaced_terminator(cp_at(p)) || is_unspaced_terminator(cp_at(p))))
          return j;
      }
    }

    // List items: "1. The first item 2. The second item".
    const char style = (j < end_ && s_[j] == ')') ? 'p' : '.';
    if (next_list_item(wb, i, style)) {
      const marker item = list_;
      add_cut(wb);
      list_ = item;
      list_style_ = style;
      first_token_ = wb;
      return j;
    }
    if (wb == first_token_ && parse_marker(s_.substr(wb, i - wb)).valid &&
        (a.spaced || style == 'p'))
      return j;  // the marker that opens this item

    if (!a.spaced) {
      if (a.kind == next_kind::upper && glued_sentence(wb, i, a)) add_cut(j);
      else if (a.kind == next_kind::digit) {
        const std::size_t f = footnote_end(wb, i, j);
        if (f != npos) add_cut(f);
      }
      return j;
    }
    if (a.kind == next_kind::continuation) return j;
    if (a.kind == next_kind::lower) {
      // A period at the end of a line, then a lowercase line: items, not a wrap.
      if (!rules_.lowercase_start && !line_break_between(a.cut, a.word_begin)) return j;
      if (plain_word(wb, i)) add_cut(a.cut);
      return j;
    }
    if (decide_after_word(wb, i, a)) add_cut(a.cut);
    return j;
  }

  // In tokenized text, the token before a lone period: a list number opening
  // the sentence ("1 . first") or a title ("gov . kasich") does not end it.
  bool tokenized_non_end(std::size_t i) {
    std::size_t e = i;
    while (e > block_begin_ && space_at(previous_code_point_start(s_, e, block_begin_)))
      e = previous_code_point_start(s_, e, block_begin_);
    if (e == i || e <= block_begin_) return false;
    const std::size_t b = word_begin(e);
    if (b == npos || b >= e) return false;
    if (b == first_token_ && e - b <= 2 && s_[b] >= '0' && s_[b] <= '9' &&
        (e - b == 1 || (s_[b + 1] >= '0' && s_[b + 1] <= '9')))
      return true;
    return rules_.lookup(folded(b, e)) == abbreviation_kind::title;
  }

  // "word.Next": two sentences missing a space, when both sides are plain words
  // (or a plain number before it: "bought 1,000.That").
  bool glued_sentence(std::size_t wb, std::size_t i, const after_mark& a) const noexcept {
    int letters = 0, digits = 0, commas = 0;
    for (std::size_t p = wb; p < i; p += len_at(p)) {
      const case_class k = kind_at(p);
      if (is_letter(k)) ++letters;
      else if (k == case_class::digit) ++digits;
      else if (s_[p] == ',') ++commas;
      else return false;
    }
    const bool word = letters >= 3 && digits == 0 && commas == 0 &&
                      kind_at(previous_code_point_start(s_, i, wb)) == case_class::lower;
    const bool number = letters == 0 && digits >= 3 && commas > 0;
    if (!word && !number) return false;
    std::size_t p = a.word_begin;
    while (p < end_ && !space_at(p)) {
      const char32_t c = cp_at(p);
      const std::size_t n = len_at(p);
      if (c == '.' && (p + n >= end_ || space_at(p + n))) break;  // "Tuesday.Mr. Smith"
      if (c == '.' || c == '@' || c == '/' || c == ':' || c == '_') return false;
      p += n;
      if (p - a.word_begin > max_scanned_word_bytes) return false;
    }
    const std::size_t letters_after = a.word_end - a.word_begin;
    return letters_after > 1 || (p < end_ && space_at(p) && word);
  }

  // "consultation.11 12 Take": footnote numbers glued to the period, then a
  // capitalized word. Returns the end of the numbers, or npos.
  std::size_t footnote_end(std::size_t wb, std::size_t i, std::size_t j) const noexcept {
    const std::size_t before = previous_code_point_start(s_, i, wb);
    if (!is_letter(kind_at(before)) && s_[before] != ')') return npos;
    std::size_t p = j;
    std::size_t last = npos;
    for (int groups = 0; groups < 4 && p < end_; ++groups) {
      const std::size_t d = p;
      while (p < end_ && p - d < 3 && s_[p] >= '0' && s_[p] <= '9') ++p;
      if (p == d || (p < end_ && s_[p] >= '0' && s_[p] <= '9')) return npos;
      last = p;
      if (p >= end_ || s_[p] != ' ') return npos;
      const std::size_t next = p + 1;
      if (next < end_ && s_[next] >= '0' && s_[next] <= '9') {
        p = next;
        continue;
      }
      return next < end_ && kind_at(next) == case_class::upper ? last : npos;
    }
    return npos;
  }

  // Whether "<word>. <next>" ends a sentence, given the next word is not lowercase.
  bool decide_after_word(std::size_t wb, std::size_t we, const after_mark& a) {
    int letters = 0, digits = 0, upper = 0, dots = 0, segment = 0, max_segment = 0;
    bool other = false;
    for (std::size_t p = wb; p < we; p += len_at(p)) {
      const char32_t c = cp_at(p);
      if (is_invisible_format(c)) continue;
      const case_class k = classify_case(c);
      if (is_letter(k)) {
        ++letters;
        ++segment;
        if (segment > max_segment) max_segment = segment;
        if (k == case_class::upper) ++upper;
      } else if (k == case_class::digit) {
        ++digits;
      } else if (c == '.') {
        ++dots;
        segment = 0;
      } else {
        other = true;
      }
    }
    const bool next_capital = a.kind == next_kind::upper || a.kind == next_kind::uncased;

    if (letters == 0 && digits > 0) {
      // A number: "He has 600. How", unless it is an ordinal ("am 3. Oktober").
      if (rules_.ordinal_period && digits <= 4 && dots == 0 && !other &&
          a.kind == next_kind::upper && !starter_at(a))
        return false;
      return true;
    }
    if (letters == 1 && digits == 0 && dots == 0 && !other) {
      if (upper == 1 || kind_of_letter(wb, we) == case_class::uncased) {
        // "John F. Kennedy": an initial. "you and I. Then": a pronoun ending it.
        if (rules_.pronoun_i && s_[wb] == 'I' && next_capital && previous_word_lower(wb))
          return true;
        return false;
      }
      return next_capital && (rules_.has_starters() ? starter_at(a) : false);
    }
    if (letters == 0) return true;

    abbreviation_kind kind = rules_.lookup(folded(wb, we));
    if (kind == abbreviation_kind::none) {
      // "l'Ing.", "then-Sen.": look the word up without its elided article or prefix.
      for (std::size_t p = we; p > wb;) {
        p = previous_code_point_start(s_, p, wb);
        const char32_t c = cp_at(p);
        if (c == '\'' || c == 0x2019 || c == '-') {
          const std::size_t after = p + len_at(p);
          if (after < we) kind = rules_.lookup(folded(after, we));
          break;
        }
      }
    }
    if (kind == abbreviation_kind::none && dots > 0 && digits == 0 && !other && max_segment <= 3)
      kind = abbreviation_kind::general;  // "U.S.A", "e.g", "Л.Н"
    switch (kind) {
      case abbreviation_kind::title:
        return false;
      case abbreviation_kind::numeric:
        if (a.kind == next_kind::digit) return false;
        return true;
      case abbreviation_kind::general:
        if (!next_capital) return false;
        if (starter_at(a)) return true;
        return !rules_.has_starters() && words_up_to(wb, 4) >= 4;
      case abbreviation_kind::final:
        if (!next_capital) return false;
        return starter_at(a) || words_up_to(wb, 4) >= 4;
      case abbreviation_kind::none:
        break;
    }
    return true;
  }

  // A word of two or more letters that is no known abbreviation (or a number).
  bool plain_word(std::size_t wb, std::size_t we) {
    int letters = 0;
    for (std::size_t p = wb; p < we; p += len_at(p)) {
      const char32_t c = cp_at(p);
      const case_class k = classify_case(c);
      if (is_letter(k)) ++letters;
      else if (c == '.') return false;  // "т.б", "e.g"
    }
    if (letters == 1) return false;
    return letters == 0 || rules_.lookup(folded(wb, we)) == abbreviation_kind::none;
  }

  case_class kind_of_letter(std::size_t wb, std::size_t we) const noexcept {
    for (std::size_t p = wb; p < we; p += len_at(p)) {
      const case_class k = kind_at(p);
      if (is_letter(k)) return k;
    }
    return case_class::other;
  }

  bool previous_word_lower(std::size_t wb) const noexcept {
    std::size_t p = wb;
    const std::size_t lo = wb > block_begin_ + max_scanned_word_bytes ? wb - max_scanned_word_bytes : block_begin_;
    while (p > lo && space_at(previous_code_point_start(s_, p, lo))) p = previous_code_point_start(s_, p, lo);
    std::size_t b = p;
    while (b > lo && !space_at(previous_code_point_start(s_, b, lo))) b = previous_code_point_start(s_, b, lo);
    for (std::size_t q = b; q < p; q += len_at(q)) {
      const case_class k = kind_at(q);
      if (is_letter(k)) return k == case_class::lower;
    }
    return false;
  }

  std::string_view s_;
  const language_rules& rules_;
  std::vector<span>& out_;
  std::size_t end_ = 0;
  std::size_t block_begin_ = 0;
  std::size_t line_begin_ = 0;
  std::size_t max_line_ = 0;
  bool block_prose_ = false;
  std::size_t sentence_start_ = 0;
  std::size_t first_token_ = 0;
  marker list_;
  char list_style_ = 0;
  // The growing state lives in a per-thread workspace: split() runs once per
  // paragraph, and fresh vectors would be allocated every time.
  workspace& work_ = thread_workspace();
  std::vector<std::size_t>& cuts_ = work_.cuts;
  std::vector<soft_break>& soft_ = work_.soft;
  std::vector<bracket>& brackets_ = work_.brackets;
  std::size_t bracket_overflow_ = 0;
  std::size_t quote_open_ = npos;
  std::string& scratch_ = work_.scratch;
  char ascii_fold_[max_scanned_word_bytes];
};

}  // namespace

sentence_splitter::sentence_splitter(std::string_view language) : rules_(&rules_for(language)) {}

void sentence_splitter::split(std::string_view text, newslib::span range,
                              std::vector<newslib::span>& out) const {
  const std::size_t end = range.end < text.size() ? range.end : text.size();
  if (range.begin >= end) return;
  {
    sentence_scanner sc(text, *rules_, out);
    sc.run(range.begin, end);
  }
  sentence_scanner::trim_workspace();
}

namespace {

const sentence_splitter& shared_splitter_for(std::string_view language) {
  static std::mutex mutex;
  static std::map<const language_rules*, std::unique_ptr<sentence_splitter>> cache;
  const language_rules* rules = &rules_for(language);
  const std::lock_guard<std::mutex> lock(mutex);
  auto& slot = cache[rules];
  if (!slot) slot = std::make_unique<sentence_splitter>(language);
  return *slot;
}

// The splitter a thread asked for last (splitters are shared and live as long
// as the process).
struct last_splitter {
  std::string language;
  const sentence_splitter* splitter = nullptr;
};

}  // namespace

const sentence_splitter& sentence_splitter_for(std::string_view language) {
  // Documents on a thread mostly share a language: the last one asked for is
  // answered without a lock.
  last_splitter& last = thread_cache<last_splitter>::get();
  if (last.splitter != nullptr && language == last.language) return *last.splitter;
  last.splitter = &shared_splitter_for(language);
  last.language.assign(language.data(), language.size());
  return *last.splitter;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
