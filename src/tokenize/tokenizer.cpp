#include "tokenize/tokenizer.hpp"

#include <array>
#include <cstdint>
#include <cstring>

#include "text/byte_scan.hpp"
#include "text/char_class.hpp"
#include "text/utf8.hpp"

// The ASCII test must be inlined into every scanning loop; the decoding of
// other characters stays out of line so the loops stay small.
#if defined(__GNUC__) || defined(__clang__)
#define NEWSLIB_TOKENIZER_INLINE inline __attribute__((always_inline))
#define NEWSLIB_TOKENIZER_NOINLINE __attribute__((noinline))
#else
#define NEWSLIB_TOKENIZER_INLINE inline
#define NEWSLIB_TOKENIZER_NOINLINE
#endif

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

struct classified_char {
  char32_t cp;
  char_class cls;
  std::uint32_t len;
};

class token_scanner {
 public:
  token_scanner(std::string_view text, std::size_t end) : text_(text), end_(end) {}

  // The code point at `i` (< end_). A sequence cut by the range end is treated
  // as one byte of class `other`, so a bad range can never run past it.
  [[nodiscard]] NEWSLIB_TOKENIZER_INLINE classified_char at(std::size_t i) const noexcept {
    const auto b = static_cast<unsigned char>(text_[i]);
    if (b < 0x80) return {b, ascii_classes[b].general, 1};
    return non_ascii_at(i);
  }

  [[nodiscard]] NEWSLIB_TOKENIZER_NOINLINE classified_char non_ascii_at(
      std::size_t i) const noexcept {
    const auto b = static_cast<unsigned char>(text_[i]);
    const std::size_t n = utf8_lead_length(b);
    if (i + n > end_) return {b, char_class::other, 1};
    std::size_t j = i;
    const char32_t cp = decode_utf8(text_, j);
    return {cp, classify_code_point(cp), static_cast<std::uint32_t>(n)};
  }

  [[nodiscard]] bool is_word_class(std::size_t i) const noexcept {
    if (i >= end_) return false;
    const char_class c = at(i).cls;
    return c == char_class::letter || c == char_class::digit;
  }

  [[nodiscard]] unsigned char byte(std::size_t i) const noexcept {
    return static_cast<unsigned char>(text_[i]);
  }

  std::size_t url_end(std::size_t i) const noexcept;
  // `letters`: where a run of ASCII letters from `i` is known to end (or `i`).
  std::size_t email_end(std::size_t i, std::size_t letters, std::size_t& horizon) const noexcept;
  // `letters`: where a run of ASCII letters from `i` is known to end (or `i`).
  std::size_t word_end(std::size_t i, std::size_t letters, token_kind& kind) const noexcept;
  std::size_t cluster_end(std::size_t i) const noexcept;
  std::size_t repeated_cluster_end(std::size_t i) const noexcept;
  std::size_t other_end(std::size_t i) const noexcept;

 private:
  std::string_view text_;
  std::size_t end_;
};

inline bool ascii_alnum(unsigned char c) noexcept {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// Bytes after a run of ASCII letters that settle the token as a plain word:
// white space and punctuation that never joins letters (not . - ' @ _ % + :
// or /, and not bytes of other characters).
constexpr std::array<bool, 256> make_plain_word_ends() {
  std::array<bool, 256> t{};
  for (unsigned char c : {' ', '\t', '\n', '\r', '\v', '\f', ',', ';', '!', '?', '(', ')', '"',
                          '[', ']', '{', '}', '*', '&', '#', '<', '>', '=', '|', '~', '^', '`',
                          '$', '\\'}) {
    t[c] = true;
  }
  return t;
}
constexpr std::array<bool, 256> ends_plain_word = make_plain_word_ends();

inline bool may_continue_address(char c) noexcept {
  return c == '@' || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

inline bool is_apostrophe_or_hyphen(char32_t cp) noexcept {
  return cp == '\'' || cp == '-' || cp == 0x2019 || cp == 0x2010 || cp == 0x2011;
}

// Case-insensitive ASCII prefix test.
bool has_prefix(std::string_view text, std::size_t i, std::size_t end,
                std::string_view prefix) noexcept {
  if (end - i < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k) {
    auto c = static_cast<unsigned char>(text[i + k]);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c | 0x20);
    if (c != static_cast<unsigned char>(prefix[k])) return false;
  }
  return true;
}

std::size_t token_scanner::url_end(std::size_t i) const noexcept {
  std::size_t body;
  if (has_prefix(text_, i, end_, "http://")) {
    body = i + 7;
  } else if (has_prefix(text_, i, end_, "https://")) {
    body = i + 8;
  } else if (has_prefix(text_, i, end_, "ftp://")) {
    body = i + 6;
  } else if (has_prefix(text_, i, end_, "www.")) {
    body = i + 4;
  } else {
    return i;
  }
  if (body >= end_ || !ascii_alnum(byte(body))) {
    // "www." must name a host; a scheme may also be followed by a non-ASCII host.
    if (body >= end_ || byte(body) < 0x80 || text_[i] == 'w' || text_[i] == 'W') return i;
    if (at(body).cls != char_class::letter && at(body).cls != char_class::digit) return i;
  }
  std::size_t k = body;
  std::size_t opened_round = 0, closed_round = 0, opened_square = 0, closed_square = 0;
  while (k < end_) {
    const unsigned char b = byte(k);
    if (b < 0x80) {
      const char_class c = ascii_classes[b].general;
      if (c == char_class::space || c == char_class::other || b == '"' || b == '<' ||
          b == '>') {
        break;
      }
      opened_round += b == '(';
      closed_round += b == ')';
      opened_square += b == '[';
      closed_square += b == ']';
      ++k;
    } else {
      const classified_char c = at(k);
      if (c.cls == char_class::space) break;
      k += c.len;
    }
  }
  // Trailing punctuation belongs to the sentence, not the address.
  while (k > body) {
    std::size_t last = k - 1;
    while (last > body && (byte(last) & 0xC0) == 0x80) --last;
    const unsigned char b = byte(last);
    if (b < 0x80) {
      if (std::strchr(".,;:!?'\"*", b) != nullptr) {
        k = last;
      } else if (b == ')' && closed_round > opened_round) {
        --closed_round;
        k = last;
      } else if (b == ']' && closed_square > opened_square) {
        --closed_square;
        k = last;
      } else {
        break;
      }
    } else if (at(last).cls == char_class::punctuation) {
      k = last;
    } else {
      break;
    }
  }
  return k > body ? k : i;
}

std::size_t token_scanner::email_end(std::size_t i, std::size_t letters,
                               std::size_t& horizon) const noexcept {
  if (i < horizon) return i;
  auto local_char = [](unsigned char c) {
    return ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  };
  std::size_t q = letters;  // letters are characters of a local part
  while (q < end_ && local_char(byte(q))) ++q;
  // Every start before q reaches the same q, so none of them needs a new look.
  horizon = q;
  if (q >= end_ || byte(q) != '@' || byte(q - 1) == '.') return i;
  const std::size_t d = q + 1;
  std::size_t r = d;
  while (r < end_ && (ascii_alnum(byte(r)) || byte(r) == '-' || byte(r) == '.')) ++r;
  while (r > d && (byte(r - 1) == '.' || byte(r - 1) == '-')) --r;
  // Domain: at least two labels, none empty, the last made of two or more letters.
  if (r == d || byte(d) == '.' || byte(d) == '-') return i;
  std::size_t last_dot = 0;
  bool dotted = false;
  for (std::size_t k = d; k < r; ++k) {
    if (byte(k) == '.') {
      if (byte(k - 1) == '.') return i;
      last_dot = k;
      dotted = true;
    }
  }
  if (!dotted || r - last_dot < 3) return i;
  for (std::size_t k = last_dot + 1; k < r; ++k) {
    const unsigned char c = static_cast<unsigned char>(byte(k) | 0x20);
    if (c < 'a' || c > 'z') return i;
  }
  return r;
}

std::size_t token_scanner::word_end(std::size_t i, std::size_t letters, token_kind& kind) const noexcept {
  // Resumed after the letters already scanned, as the loop below leaves them.
  std::size_t j = letters;
  bool has_letter = letters > i, prev_letter = letters > i, prev_digit = false;
  // Single-letter abbreviations with dots: "U.S.", "e.g.".
  std::size_t segment_letters = letters - i, dots = 0;
  bool abbreviation = true;
  while (j < end_) {
    if (byte(j) < 0x80 && ascii_classes[byte(j)].general == char_class::letter) {
      // A run of ASCII letters, the bulk of most text, in a tight loop.
      const std::size_t run = j;
      do {
        ++j;
      } while (j < end_ && byte(j) < 0x80 &&
               ascii_classes[byte(j)].general == char_class::letter);
      has_letter = prev_letter = true;
      prev_digit = false;
      segment_letters += j - run;
      continue;
    }
    const classified_char c = at(j);
    switch (c.cls) {
      case char_class::letter:
        has_letter = prev_letter = true;
        prev_digit = false;
        ++segment_letters;
        j += c.len;
        continue;
      case char_class::digit:
        prev_digit = true;
        prev_letter = false;
        abbreviation = false;
        j += c.len;
        continue;
      case char_class::mark:
        j += c.len;
        continue;
      case char_class::joiner:
        if (is_word_class(j + c.len) || (j + c.len < end_ && at(j + c.len).cls == char_class::mark)) {
          j += c.len;
          continue;
        }
        break;
      case char_class::punctuation: {
        const std::size_t next = j + c.len;
        if (next >= end_) break;
        const classified_char n = at(next);
        const bool next_letter = n.cls == char_class::letter;
        const bool next_digit = n.cls == char_class::digit;
        if (is_apostrophe_or_hyphen(c.cp) && (next_letter || next_digit) &&
            (prev_letter || next_letter)) {
          abbreviation = false;
          j = next;
          continue;
        }
        if ((c.cp == '.' || c.cp == ',' || c.cp == ':' || c.cp == '/') && prev_digit &&
            next_digit) {
          j = next;
          continue;
        }
        if (c.cp == '.' && abbreviation && segment_letters == 1) {
          if (next_letter) {
            // Only if that letter is a one-letter segment too: "U.S", not "A.Smith".
            const std::size_t after = next + n.len;
            const bool single = after >= end_ || byte(after) == '.' ||
                                (!is_word_class(after) && at(after).cls != char_class::mark);
            if (single) {
              ++dots;
              segment_letters = 0;
              j = next;
              continue;
            }
          } else if (dots > 0) {
            j = next;  // the final dot of "U.S."
          }
        }
        break;
      }
      default:
        break;
    }
    break;
  }
  if (!has_letter && j < end_ && byte(j) == '%') ++j;
  kind = has_letter ? token_kind::word : token_kind::number;
  return j;
}

std::size_t token_scanner::cluster_end(std::size_t i) const noexcept {
  const classified_char base = at(i);
  std::size_t k = i + base.len;
  if (base.cls == char_class::regional && k < end_ && at(k).cls == char_class::regional) {
    k += at(k).len;
  }
  const bool emoji = base.cls == char_class::pictographic || base.cls == char_class::modifier;
  while (k < end_) {
    const classified_char n = at(k);
    if (n.cls == char_class::mark || (emoji && n.cls == char_class::modifier)) {
      k += n.len;
      continue;
    }
    if (emoji && n.cp == 0x200D && k + n.len < end_ &&
        at(k + n.len).cls == char_class::pictographic) {
      k += n.len + at(k + n.len).len;
      continue;
    }
    break;
  }
  return k;
}

std::size_t token_scanner::repeated_cluster_end(std::size_t i) const noexcept {
  const std::size_t first = cluster_end(i);
  const std::size_t len = first - i;
  std::size_t k = first;
  // (One-byte marks, the usual case, are compared without a memcmp call.)
  while (k + len <= end_ &&
         (len == 1 ? text_[k] == text_[i] : std::memcmp(text_.data() + k, text_.data() + i, len) == 0) &&
         cluster_end(k) == k + len) {
    k += len;
  }
  return k;
}

std::size_t token_scanner::other_end(std::size_t i) const noexcept {
  std::size_t k = i;
  while (k < end_) {
    const classified_char c = at(k);
    if (c.cls != char_class::other && c.cls != char_class::mark && c.cls != char_class::joiner) {
      break;
    }
    k += c.len;
  }
  return k;
}

}  // namespace

void tokenize(std::string_view text, span range, std::vector<packed_token>& out) {
  const std::size_t end = range.end < text.size() ? range.end : text.size();
  const token_scanner sc(text, end);
  std::size_t email_horizon = 0;
  std::size_t i = range.begin;
  auto emit = [&](std::size_t b, std::size_t e, token_kind kind) {
    // Written in place: a token built on the stack and copied in would be
    // stored in parts and loaded whole, which stalls the copy.
    packed_token& t = out.emplace_back();
    t.begin = static_cast<std::uint32_t>(b);
    t.end = static_cast<std::uint32_t>(e);
    t.term_and_kind = static_cast<std::uint32_t>(kind) << packed_token::kind_shift;
  };
  while (i < end) {
    const unsigned char b = sc.byte(i);
    if (b == ' ') {  // the space between words, before any classification
      ++i;
      continue;
    }
    std::size_t letters = i;  // where a run of ASCII letters from i ends
    if (is_ascii_letter(b)) {
      // Most words: ASCII letters ending at a byte that can continue
      // neither a word, a number, an address nor a URL.
      letters = ascii_letters_end(text, i + 1, end);
      if (letters == end || ends_plain_word[static_cast<unsigned char>(text[letters])]) {
        emit(i, letters, token_kind::word);
        i = letters;
        continue;
      }
    }
    const classified_char c = b < 0x80 ? classified_char{b, ascii_classes[b].general, 1} : sc.at(i);
    std::size_t e;
    switch (c.cls) {
      case char_class::space:
        i += c.len;
        continue;
      case char_class::letter:
      case char_class::digit: {
        if (b < 0x80) {
          const unsigned char lower = static_cast<unsigned char>(b | 0x20);
          // "ht", "ft" or "ww" first: most words fail here, before any prefix test.
          const unsigned char second =
              i + 1 < end ? static_cast<unsigned char>(text[i + 1] | 0x20) : 0;
          if (((lower == 'h' || lower == 'f') && second == 't') || (lower == 'w' && second == 'w')) {
            e = sc.url_end(i);
            if (e > i) {
              emit(i, e, token_kind::url);
              i = e;
              continue;
            }
          }
        }
        token_kind kind;
        e = sc.word_end(i, letters, kind);
        // An address can only continue where the word stopped at one of the
        // characters of a local part or at the "@" itself.
        if (b < 0x80 && e < end && may_continue_address(text[e])) {
          const std::size_t m = sc.email_end(i, letters, email_horizon);
          if (m > i) {
            emit(i, m, token_kind::email);
            i = m;
            continue;
          }
        }
        emit(i, e, kind);
        break;
      }
      case char_class::ideograph:
        e = i + c.len;
        while (e < end && sc.at(e).cls == char_class::mark) e += sc.at(e).len;
        emit(i, e, token_kind::word);
        break;
      case char_class::punctuation:
        e = sc.repeated_cluster_end(i);
        emit(i, e, token_kind::punctuation);
        break;
      case char_class::symbol:
      case char_class::pictographic:
      case char_class::regional:
      case char_class::modifier:
        e = sc.repeated_cluster_end(i);
        emit(i, e, token_kind::symbol);
        break;
      default:  // other, and marks or joiners with nothing to attach to
        e = sc.other_end(i);
        emit(i, e, token_kind::other);
        break;
    }
    i = e;
  }
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
