// Language identification: script first, then stopword profiles among the
// Latin-script languages, with distinctive letters to break near-ties.
#include "newslib/language.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

#include "language/languages.hpp"
#include "language/stopwords.hpp"
#include "text/byte_scan.hpp"
#include "text/char_class.hpp"
#include "text/utf8.hpp"
#include "util/flat_index.hpp"
#include "util/hash.hpp"
#include "util/linear_probe_table.hpp"

// The per-word step is called from the scanning loop: keep it inlined there.
#if defined(__GNUC__) || defined(__clang__)
#define NEWSLIB_LANGUAGE_INLINE __attribute__((always_inline))
#else
#define NEWSLIB_LANGUAGE_INLINE
#endif

NEWSLIB_BEGIN_NAMESPACE
namespace {

using detail::language_count;
using language_mask = std::uint16_t;

constexpr std::size_t sample_bytes = 20 * 1024;  // enough for any decision
constexpr std::size_t max_profile_word_bytes = 24;        // no stopword is longer
constexpr double letter_weight = 0.25;            // a distinctive letter vs. a stopword (1)

constexpr language_mask bit(std::string_view code) {
  return static_cast<language_mask>(1u << detail::language_id(code));
}

// Each stopword (made of letters only) with the languages that list it.
class profile_table {
 public:
  profile_table() {
    for (std::size_t id = 0; id < language_count; ++id) {
      for (std::string_view w : detail::stopwords_for_id(id).words()) {
        if (w.find('\'') != std::string_view::npos || w.find(' ') != std::string_view::npos) {
          continue;  // the profile scanner splits at apostrophes
        }
        const auto bit = static_cast<language_mask>(1u << id);
        const std::uint64_t h = detail::hash_bytes(w);
        const std::uint32_t e = find(w, h);
        if (e != detail::flat_index::none) {
          entries_[e].mask |= bit;
        } else {
          entries_.push_back({w, bit});
          index_.insert(h, static_cast<std::uint32_t>(entries_.size() - 1));
        }
      }
    }
    build_short_table();
  }

  // Languages listing `word` (0 if none). `readable`: 16 bytes may be read
  // at word.data().
  [[nodiscard]] language_mask languages(std::string_view word, bool readable) const {
    if (word.size() <= short_word) {
      // Most words: a bit of the filter, which rules out most words that are
      // no stopword, then one probe of the short table (one cache line).
      const detail::short_key k = detail::short_key_of(word.data(), word.size(), readable);
      const std::uint64_t h = detail::short_hash(k, 0);
      const std::size_t bit = (h >> 40) & (filter_bits - 1);
      if ((filter_[bit / 64] & (std::uint64_t{1} << (bit % 64))) == 0) return 0;
      const short_slot* s = short_.find(h, [&](const short_slot& x) {
        return x.word[0] == k.word[0] && (x.word[1] & word_bits) == k.word[1];
      });
      return s == nullptr ? 0 : static_cast<language_mask>(s->word[1] >> 48);
    }
    const std::uint32_t e = find(word, detail::hash_bytes(word));
    return e == detail::flat_index::none ? 0 : entries_[e].mask;
  }

 private:
  // Stopwords of at most this many bytes are in the short table.
  static constexpr std::size_t short_word = 14;
  static constexpr std::uint64_t word_bits = (std::uint64_t{1} << 48) - 1;
  static constexpr std::size_t filter_bits = std::size_t{1} << 16;

  // A stopword of at most 14 bytes, zero-padded (letters only: no NUL), with
  // its languages in the top 16 bits; zeros in an empty slot.
  struct short_slot {
    std::uint64_t word[2];
  };
  // Most words are looked up in one slot: compared first, before the test
  // for an empty slot (whose zeros only an empty word matches, and that is
  // not found either way).
  struct short_slots {
    using slot = short_slot;
    static constexpr bool match_first = true;
    static bool empty(const slot& s) noexcept { return s.word[0] == 0; }
    static std::uint64_t hash(const slot& s) noexcept {
      return detail::short_hash(detail::short_key{{s.word[0], s.word[1] & word_bits}}, 0);
    }
  };

  void build_short_table() {
    short_.reset(entries_.size());
    filter_.assign(filter_bits / 64, 0);
    for (const entry& e : entries_) {
      if (e.word.size() > short_word || e.word.empty()) continue;
      const detail::short_key k = detail::short_key_of(e.word.data(), e.word.size(), false);
      const std::uint64_t h = detail::short_hash(k, 0);
      const std::size_t bit = (h >> 40) & (filter_bits - 1);
      filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
      short_.insert(h, short_slot{{k.word[0], k.word[1] | (std::uint64_t{e.mask} << 48)}});
    }
  }

  struct entry {
    std::string_view word;  // into the embedded stopword lists
    language_mask mask;
  };
  [[nodiscard]] std::uint32_t find(std::string_view w, std::uint64_t h) const {
    return index_.find(h, [&](std::uint32_t e) {
      const std::string_view x = entries_[e].word;
      return x.size() == w.size() && detail::bytes_equal(x.data(), w.data(), w.size());
    });
  }
  detail::flat_index index_{2048};
  std::vector<entry> entries_;
  detail::linear_probe_table<short_slots> short_;
  std::vector<std::uint64_t> filter_;  // a bit per hash of the short table's words
};

const profile_table& profile_words() {
  static const profile_table table;
  return table;
}

// Letters that mark a language (lowercase code points).
language_mask letter_languages(char32_t cp) noexcept {
  switch (cp) {
    case U'ß':
    case U'ü':
      return bit("de");
    case U'ä':
    case U'ö':
      return bit("de") | bit("sv") | bit("fi");
    case U'å':
      return bit("sv") | bit("da") | bit("no");
    case U'ø':
    case U'æ':
      return bit("da") | bit("no");
    case U'ñ':
    case U'¿':
    case U'¡':
      return bit("es");
    case U'ç':
      return bit("fr") | bit("pt");
    case U'ã':
    case U'õ':
      return bit("pt");
    case U'œ':
    case U'û':
    case U'î':
    case U'ï':
      return bit("fr");
    case U'è':
    case U'ù':
      return bit("fr") | bit("it");
    case U'à':
      return bit("fr") | bit("it") | bit("pt");
    case U'ì':
    case U'ò':
      return bit("it");
    case U'ê':
    case U'â':
    case U'ô':
      return bit("fr") | bit("pt");
    case U'ë':
      return bit("fr") | bit("nl");
    case U'ĳ':
      return bit("nl");
    case U'á':
    case U'í':
    case U'ó':
    case U'ú':
      return bit("es") | bit("pt");
    default:
      return 0;
  }
}

// Latin letters that none of the supported languages writes, and Cyrillic
// letters that Russian does not: their presence means another language.
bool foreign_letter(char32_t cp) noexcept {
  switch (cp) {
    case U'ł': case U'ą': case U'ę': case U'ś': case U'ż': case U'ź': case U'ć': case U'ń':
    case U'ő': case U'ű': case U'ş': case U'ğ': case U'ı': case U'ţ': case U'ă': case U'ș':
    case U'ț': case U'č': case U'ř': case U'ě': case U'ů': case U'ď': case U'ť': case U'ľ':
    case U'і': case U'ї': case U'є': case U'ґ': case U'ў': case U'ђ': case U'ј': case U'љ':
    case U'њ': case U'ћ': case U'џ':
      return true;
    default:
      return false;
  }
}

struct tally {
  std::array<double, language_count> score{};
  double hits = 0;           // stopword occurrences
  std::size_t words = 0;     // words seen
  std::size_t latin = 0, cyrillic = 0, other_script = 0, foreign = 0;

  void add(language_mask mask, double weight) {
    if (mask == 0) return;
    const double w = weight / bits_set(mask);
    for (unsigned m = mask; m != 0; m &= m - 1) score[detail::lowest_bit(std::uint32_t{m})] += w;
  }

  // Counted inline: without a popcount instruction the builtin is a library call.
  static int bits_set(language_mask mask) noexcept {
    unsigned x = mask;
    x = x - ((x >> 1) & 0x5555u);
    x = (x & 0x3333u) + ((x >> 2) & 0x3333u);
    x = (x + (x >> 4)) & 0x0F0Fu;
    return static_cast<int>((x + (x >> 8)) & 0x1Fu);
  }

  // Best and runner-up language ids.
  [[nodiscard]] std::pair<std::size_t, std::size_t> top_two() const {
    std::size_t best = 0, second = 1;
    if (score[second] > score[best]) std::swap(best, second);
    for (std::size_t id = 2; id < language_count; ++id) {
      if (score[id] > score[best]) {
        second = best;
        best = id;
      } else if (score[id] > score[second]) {
        second = id;
      }
    }
    return {best, second};
  }

  // Clear winner: no need to read further.
  [[nodiscard]] bool decided() const {
    if (cyrillic > 0 && cyrillic * 4 > latin) return false;  // let the scripts settle
    if (hits < 24) return false;
    const auto [best, second] = top_two();
    return score[best] >= 3 * score[second] + 10;
  }
};

}  // namespace

const std::vector<std::string>& supported_languages() {
  static const std::vector<std::string> codes(detail::language_codes.begin(),
                                              detail::language_codes.end());
  return codes;
}

bool is_supported_language(std::string_view code) noexcept {
  return detail::language_id(code) != detail::no_language;
}

language_guess identify_language(std::string_view text) {
  // Sample the start, cut on a code point boundary.
  std::size_t n = std::min(text.size(), sample_bytes);
  while (n < text.size() && n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  const std::string_view sample = text.substr(0, n);

  const profile_table& profile = profile_words();
  const std::size_t ru = detail::language_id("ru");
  tally t;
  // The current word, lowercased, with room for a 16-byte copy past its end.
  char word[max_profile_word_bytes + 16] = {};
  std::size_t length = 0;
  bool too_long = false;
  std::size_t since_check = 0;

  auto add_to_word = [&](char32_t lower) {
    if (lower < 0x80 && length < max_profile_word_bytes) {
      word[length++] = static_cast<char>(lower);
    } else if (lower >= 0x80 && length + 4 <= max_profile_word_bytes) {
      // A valid code point: it was decoded or case-mapped.
      length += detail::encode_utf8(lower, word + length);
    } else {
      too_long = true;
    }
  };
  // Ends the current word; true when the guess is already clear.
  auto finish_word = [&]() NEWSLIB_LANGUAGE_INLINE {
    if (length == 0 && !too_long) return false;
    ++t.words;
    if (!too_long) {
      // `word` has room for 16 bytes whatever its length.
      if (const language_mask m = profile.languages(std::string_view(word, length), true)) {
        t.hits += 1;
        t.add(m, 1.0);
      }
    }
    length = 0;
    too_long = false;
    if (++since_check < 32) return false;
    since_check = 0;
    return t.decided();
  };

  std::size_t i = 0;
  while (i < sample.size()) {
    const auto b = static_cast<unsigned char>(sample[i]);
    if (b < 0x80) {
      // ASCII: most of the Latin-script text.
      if (detail::is_ascii_letter(b)) {
        // A run of ASCII letters at once: each counts as Latin and joins the
        // word, lowercased, while the word has room.
        const std::size_t e = detail::ascii_letters_end(sample, i + 1, sample.size());
        t.latin += e - i;
        const std::size_t room = max_profile_word_bytes - length;
        const std::size_t take = e - i < room ? e - i : room;
        char* out = word + length;
        detail::lowercase_ascii_letters(sample, i, take, out);
        length += take;
        if (take < e - i) too_long = true;
        i = e;
        continue;
      }
      ++i;
      if (finish_word()) break;
      continue;
    }
    if (i + detail::utf8_lead_length(b) > sample.size()) break;
    const char32_t cp = detail::decode_utf8(sample, i);
    const detail::char_class cls = detail::classify_code_point(cp);
    if (cls == detail::char_class::mark) {
      add_to_word(cp);
      continue;
    }
    if (cls == detail::char_class::letter || cls == detail::char_class::ideograph) {
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
      if (script == USCRIPT_LATIN) {
        ++t.latin;
      } else if (script == USCRIPT_CYRILLIC) {
        ++t.cyrillic;
      } else {
        ++t.other_script;
      }
      const auto lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
      if (const language_mask m = letter_languages(lower)) t.add(m, letter_weight);
      if (foreign_letter(lower)) ++t.foreign;
      add_to_word(lower);
      continue;
    }
    if (cp == U'¿' || cp == U'¡') t.add(letter_languages(cp), letter_weight);
    if (finish_word()) break;
  }
  (void)finish_word();

  language_guess guess;  // "und", 0
  const std::size_t letters = t.latin + t.cyrillic + t.other_script;
  if (letters < 8) return guess;

  if (t.cyrillic > t.latin && t.cyrillic > t.other_script) {
    // Cyrillic: Russian unless letters of Ukrainian, Belarusian or Serbian show.
    if (t.foreign * 200 > t.cyrillic) return guess;
    const double rate = t.words ? t.score[ru] / static_cast<double>(t.words) : 0.0;
    guess.code = "ru";
    // The script says "Cyrillic"; Russian function words and length say how surely.
    const double length = std::min(1.0, static_cast<double>(t.cyrillic) / 40.0);
    guess.confidence = length * (0.5 + 0.5 * std::min(1.0, rate / 0.15));
    return guess;
  }
  if (t.latin < t.other_script) return guess;  // a script no supported language uses
  if (t.foreign * 100 > t.latin) return guess;
  if (t.hits < 2) return guess;
  // Real text in a supported language is at least a tenth function words.
  if (t.words >= 20 && t.hits * 10 < static_cast<double>(t.words)) return guess;

  // Cyrillic stopwords cannot score in Latin text; drop Russian from the race.
  t.score[ru] = 0;
  const auto [best, second] = t.top_two();
  const double b = t.score[best];
  if (b <= 0 || b <= t.score[second]) return guess;  // a tie tells nothing
  guess.code = std::string(detail::language_codes[best]);
  // The lead over the runner-up, in stopword occurrences, saturates quickly;
  // a lead that is small relative to the evidence (close relatives such as
  // Danish and Norwegian read at length) keeps the confidence down.
  const double lead = b - t.score[second];
  const double relative = std::min(1.0, 4.0 * lead / b);
  guess.confidence = std::clamp((1.0 - std::exp(-lead / 3.0)) * relative, 0.0, 1.0);
  return guess;
}

NEWSLIB_END_NAMESPACE
