#include "meta/calendar_words.hpp"

#include <cstdint>
#include <string>
#include <string_view>

#include "util/hash.hpp"
#include "util/linear_probe_table.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

// One row per language. Each month (January first) and weekday (Monday first)
// lists its lower-case spellings separated by spaces; a trailing dot marks an
// abbreviation, which may be written with or without the dot.
struct language_names {
  const char* code;
  const char* months[12];
  const char* weekdays[7];
};

const language_names names[] = {
    {"en",
     {"january jan.", "february feb.", "march mar.", "april apr.", "may", "june jun.",
      "july jul.", "august aug.", "september sept. sep.", "october oct.", "november nov.",
      "december dec."},
     {"monday mon.", "tuesday tue. tues.", "wednesday wed.", "thursday thu. thur. thurs.",
      "friday fri.", "saturday sat.", "sunday sun."}},
    {"de",
     {"januar jänner jan.", "februar feber feb.", "märz mär. mrz.", "april apr.", "mai",
      "juni jun.", "juli jul.", "august aug.", "september sept. sep.", "oktober okt.",
      "november nov.", "dezember dez."},
     {"montag mo.", "dienstag di.", "mittwoch mi.", "donnerstag do.", "freitag fr.",
      "samstag sonnabend sa.", "sonntag so."}},
    {"fr",
     {"janvier janv.", "février fevrier févr. fevr. fév.", "mars", "avril avr.", "mai", "juin",
      "juillet juil.", "août aout", "septembre sept.", "octobre oct.", "novembre nov.",
      "décembre decembre déc. dec."},
     {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}},
    {"es",
     {"enero ene.", "febrero feb.", "marzo mar.", "abril abr.", "mayo may.", "junio jun.",
      "julio jul.", "agosto ago.", "septiembre setiembre sept. sep. set.", "octubre oct.",
      "noviembre nov.", "diciembre dic."},
     {"lunes", "martes", "miércoles miercoles", "jueves", "viernes", "sábado sabado",
      "domingo"}},
    {"it",
     {"gennaio gen.", "febbraio feb.", "marzo mar.", "aprile apr.", "maggio mag.",
      "giugno giu.", "luglio lug.", "agosto ago.", "settembre set. sett.", "ottobre ott.",
      "novembre nov.", "dicembre dic."},
     {"lunedì lunedi", "martedì martedi", "mercoledì mercoledi", "giovedì giovedi",
      "venerdì venerdi", "sabato", "domenica"}},
    {"pt",
     {"janeiro jan.", "fevereiro fev.", "março marco mar.", "abril abr.", "maio mai.",
      "junho jun.", "julho jul.", "agosto ago.", "setembro set.", "outubro out.",
      "novembro nov.", "dezembro dez."},
     {"segunda", "terça terca", "quarta", "quinta", "sexta", "sábado sabado", "domingo"}},
    {"nl",
     {"januari jan.", "februari feb.", "maart mrt. mar.", "april apr.", "mei", "juni jun.",
      "juli jul.", "augustus aug.", "september sept. sep.", "oktober okt.", "november nov.",
      "december dec."},
     {"maandag ma.", "dinsdag di.", "woensdag wo.", "donderdag do.", "vrijdag vr.",
      "zaterdag za.", "zondag zo."}},
    {"sv",
     {"januari jan.", "februari feb.", "mars mar.", "april apr.", "maj", "juni jun.",
      "juli jul.", "augusti aug.", "september sept. sep.", "oktober okt.", "november nov.",
      "december dec."},
     {"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"}},
    {"da",
     {"januar jan.", "februar feb.", "marts mar.", "april apr.", "maj", "juni jun.",
      "juli jul.", "august aug.", "september sept. sep.", "oktober okt.", "november nov.",
      "december dec."},
     {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"}},
    {"no",
     {"januar jan.", "februar feb.", "mars mar.", "april apr.", "mai", "juni jun.",
      "juli jul.", "august aug.", "september sept. sep.", "oktober okt.", "november nov.",
      "desember des."},
     {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"}},
    // Finnish dates use the partitive ("syyskuuta") or genitive ("syyskuun").
    {"fi",
     {"tammikuu tammikuuta tammikuun tammik.", "helmikuu helmikuuta helmikuun helmik.",
      "maaliskuu maaliskuuta maaliskuun maalisk.", "huhtikuu huhtikuuta huhtikuun huhtik.",
      "toukokuu toukokuuta toukokuun toukok.", "kesäkuu kesäkuuta kesäkuun kesäk.",
      "heinäkuu heinäkuuta heinäkuun heinäk.", "elokuu elokuuta elokuun elok.",
      "syyskuu syyskuuta syyskuun syysk.", "lokakuu lokakuuta lokakuun lokak.",
      "marraskuu marraskuuta marraskuun marrask.", "joulukuu joulukuuta joulukuun jouluk."},
     {"maanantai maanantaina", "tiistai tiistaina", "keskiviikko keskiviikkona",
      "torstai torstaina", "perjantai perjantaina", "lauantai lauantaina",
      "sunnuntai sunnuntaina"}},
    // Russian dates use the genitive ("6 сентября"); the nominative is listed too.
    {"ru",
     {"января январь янв.", "февраля февраль фев. февр.", "марта март мар.",
      "апреля апрель апр.", "мая май", "июня июнь июн.", "июля июль июл.",
      "августа август авг.", "сентября сентябрь сен. сент.", "октября октябрь окт.",
      "ноября ноябрь ноя. нояб.", "декабря декабрь дек."},
     {"понедельник пн.", "вторник вт.", "среда ср.", "четверг чт.", "пятница пт.",
      "суббота сб.", "воскресенье вс."}},
};

// Month names that are also everyday words in some supported language; alone,
// in lower case and without a year, they are too weak to make a date.
const char* const common_words[] = {"may", "march", "mar", "mars", "set", "out",
                                    "ago", "gen",   "mag", "lug"};

// The calendar words by spelling. Lookups run once per word start in the
// text, so they must cost no allocation and few comparisons.
class table {
 public:
  calendar_word& operator[](const std::string& word) {
    return words_.find_or_insert(hash_bytes(word), same_as{word}, slot{word, {}}).first->value;
  }
  template <class F>
  void for_each_word(F&& f) const {
    words_.for_each([&](const slot& s) { f(s.word); });
  }
  const calendar_word* lookup(std::string_view word) const noexcept {
    const slot* s = words_.find(hash_bytes(word), same_as{word});
    return s == nullptr ? nullptr : &s->value;
  }

 private:
  struct slot {
    std::string word;  // empty in an empty slot
    calendar_word value;
  };
  struct slots {
    using slot = table::slot;
    static bool empty(const slot& s) noexcept { return s.word.empty(); }
    static std::uint64_t hash(const slot& s) noexcept { return hash_bytes(s.word); }
  };
  struct same_as {
    std::string_view word;
    bool operator()(const slot& s) const noexcept { return s.word == word; }
  };
  // Room for 1,536 words in 2,048 slots: the 450 or so there are fill a
  // quarter of them, so probes stay short.
  linear_probe_table<slots> words_{1536};
};

template <typename F>
void for_each_spelling(const char* list, F&& f) {
  std::string_view rest(list);
  while (!rest.empty()) {
    const std::size_t space = rest.find(' ');
    std::string_view word = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    const bool abbreviation = !word.empty() && word.back() == '.';
    if (abbreviation) word.remove_suffix(1);
    if (!word.empty()) f(std::string(word), abbreviation);
  }
}

table build_table() {
  table words;
  std::uint32_t bit = 1;
  for (const auto& language : names) {
    for (unsigned m = 0; m < 12; ++m) {
      for_each_spelling(language.months[m], [&](std::string word, bool abbreviation) {
        calendar_word& w = words[word];
        w.month = m + 1;
        w.month_abbreviation = w.month_abbreviation || abbreviation;
        w.languages |= bit;
      });
    }
    for (unsigned d = 0; d < 7; ++d) {
      for_each_spelling(language.weekdays[d], [&](std::string word, bool abbreviation) {
        calendar_word& w = words[word];
        w.weekday = d + 1;
        w.weekday_abbreviation = w.weekday_abbreviation || abbreviation;
        // Counted in code points: Cyrillic letters take two bytes each.
        std::size_t letters = 0;
        for (char c : word) letters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        w.short_weekday = w.short_weekday || (abbreviation && letters <= 2);
        w.languages |= bit;
      });
    }
    bit <<= 1;
  }
  for (const char* word : common_words) words[word].common_word = true;
  return words;
}

const table& calendar_table() {
  static const table words = build_table();
  return words;
}

// Bit (letter, length) is set when a calendar word of that many bytes starts
// with that ASCII letter; longer words share the last length.
constexpr std::size_t max_filter_bytes = 63;
struct word_filter {
  std::uint64_t lengths[26] = {};
};

word_filter build_filter() {
  word_filter f;
  calendar_table().for_each_word([&](const std::string& w) {
    const char c = w[0];
    if (c < 'a' || c > 'z') return;
    const std::size_t n = w.size() < max_filter_bytes ? w.size() : max_filter_bytes;
    f.lengths[c - 'a'] |= std::uint64_t{1} << n;
  });
  return f;
}

}  // namespace

const calendar_word* find_calendar_word(std::string_view folded) noexcept {
  if (folded.empty()) return nullptr;
  return calendar_table().lookup(folded);
}

bool may_be_calendar_word(char first, std::size_t bytes) noexcept {
  static const word_filter filter = build_filter();
  if (first < 'a' || first > 'z') return true;
  const std::size_t n = bytes < max_filter_bytes ? bytes : max_filter_bytes;
  return (filter.lengths[first - 'a'] >> n) & 1u;
}

std::uint32_t calendar_language_bit(std::string_view code) noexcept {
  std::uint32_t bit = 1;
  for (const auto& language : names) {
    if (code == language.code) return bit;
    bit <<= 1;
  }
  return 0;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
