// Parses arbitrary bytes as a document in both error modes and several
// languages, and checks that the structure tiles the text losslessly.
#include <cstdint>
#include <set>
#include <string>

#include "fuzz_check.hpp"
#include "newslib/document.hpp"
#include "newslib/error.hpp"

namespace {

const char* const kLanguages[] = {"auto", "en", "de", "fr", "ru", "fi", "xx"};

bool is_real(const newslib::calendar_date& d) {
  static const unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  return d.day <= days[d.month - 1] + (d.month == 2 && leap ? 1 : 0);
}

void check_document(const newslib::document& doc, bool metadata) {
  using namespace newslib::fuzz;
  const std::string_view text = doc.text();
  NEWSLIB_FUZZ_CHECK(valid_utf8(text));
  NEWSLIB_FUZZ_CHECK(well_formed(text, doc.body()));

  // Paragraphs: in order, inside the body, each owning a consecutive run of
  // sentences; together they own every sentence once.
  std::size_t previous_end = doc.body().begin;
  std::size_t next_sentence = 0;
  for (std::size_t p = 0; p < doc.paragraphs().size(); ++p) {
    const auto& par = doc.paragraphs()[p];
    NEWSLIB_FUZZ_CHECK(par.index == p);
    NEWSLIB_FUZZ_CHECK(well_formed(text, par.bytes));
    NEWSLIB_FUZZ_CHECK(contains(doc.body(), par.bytes));
    NEWSLIB_FUZZ_CHECK(par.bytes.begin >= previous_end);
    previous_end = par.bytes.end;
    NEWSLIB_FUZZ_CHECK(par.first_sentence == next_sentence);
    next_sentence += par.sentence_count;
    NEWSLIB_FUZZ_CHECK(next_sentence <= doc.sentences().size());
    for (std::size_t s = par.first_sentence; s < next_sentence; ++s)
      NEWSLIB_FUZZ_CHECK(doc.sentences()[s].paragraph == p);
  }
  NEWSLIB_FUZZ_CHECK(next_sentence == doc.sentences().size());

  std::size_t next_token = 0;
  previous_end = 0;
  for (std::size_t s = 0; s < doc.sentences().size(); ++s) {
    const auto& sen = doc.sentences()[s];
    NEWSLIB_FUZZ_CHECK(sen.index == s);
    NEWSLIB_FUZZ_CHECK(well_formed(text, sen.bytes));
    NEWSLIB_FUZZ_CHECK(!sen.bytes.empty());
    NEWSLIB_FUZZ_CHECK(sen.bytes.begin >= previous_end);
    NEWSLIB_FUZZ_CHECK(sen.paragraph < doc.paragraphs().size());
    const auto& par = doc.paragraphs()[sen.paragraph];
    NEWSLIB_FUZZ_CHECK(contains(par.bytes, sen.bytes));
    // Nothing but whitespace between the sentences of one paragraph (and
    // between a paragraph's edges and its sentences): no text is dropped.
    const std::size_t gap_begin = s == par.first_sentence ? par.bytes.begin : previous_end;
    NEWSLIB_FUZZ_CHECK(is_space_only(text.substr(gap_begin, sen.bytes.begin - gap_begin)));
    if (s + 1 == par.first_sentence + par.sentence_count)
      NEWSLIB_FUZZ_CHECK(is_space_only(text.substr(sen.bytes.end, par.bytes.end - sen.bytes.end)));
    previous_end = sen.bytes.end;
    NEWSLIB_FUZZ_CHECK(sen.first_token == next_token);
    next_token += sen.token_count;
    // Tokens cover every non-space byte of the sentence, in order.
    std::size_t cursor = sen.bytes.begin;
    for (std::size_t t = sen.first_token; t < sen.first_token + sen.token_count; ++t) {
      NEWSLIB_FUZZ_CHECK(t < doc.tokens().size());
      const auto& tok = doc.tokens()[t];
      NEWSLIB_FUZZ_CHECK(well_formed(text, tok.bytes()));
      NEWSLIB_FUZZ_CHECK(!tok.bytes().empty());
      NEWSLIB_FUZZ_CHECK(tok.begin >= cursor);
      NEWSLIB_FUZZ_CHECK(is_space_only(text.substr(cursor, tok.begin - cursor)));
      cursor = tok.end;
      NEWSLIB_FUZZ_CHECK(tok.term < doc.terms().size());
      NEWSLIB_FUZZ_CHECK(doc.terms()[tok.term].stem_id < doc.stems().size());
    }
    NEWSLIB_FUZZ_CHECK(cursor <= sen.bytes.end);
    NEWSLIB_FUZZ_CHECK(is_space_only(text.substr(cursor, sen.bytes.end - cursor)));
  }
  NEWSLIB_FUZZ_CHECK(next_token == doc.tokens().size());

  // The vocabulary: one term per key, one stem per stem text, all valid UTF-8.
  std::set<std::string_view> keys, stems;
  for (const auto& term : doc.terms()) {
    NEWSLIB_FUZZ_CHECK(keys.insert(term.key).second);
    NEWSLIB_FUZZ_CHECK(valid_utf8(term.key) && valid_utf8(term.stem));
    NEWSLIB_FUZZ_CHECK(doc.stems()[term.stem_id] == term.stem);
  }
  for (const auto& stem : doc.stems()) NEWSLIB_FUZZ_CHECK(stems.insert(stem).second);

  const auto& meta = doc.meta();
  for (const auto& s : {meta.title, meta.dateline, meta.date_text, meta.byline})
    if (s) NEWSLIB_FUZZ_CHECK(well_formed(text, *s));
  for (const auto& s : meta.trailer) NEWSLIB_FUZZ_CHECK(well_formed(text, s));
  if (meta.date) NEWSLIB_FUZZ_CHECK(is_real(*meta.date));
  // The headline comes before the body, the trailer after it.
  if (meta.title) NEWSLIB_FUZZ_CHECK(meta.title->end <= doc.body().begin);
  for (const auto& s : meta.trailer) NEWSLIB_FUZZ_CHECK(s.begin >= doc.body().end);
  for (const auto& author : meta.authors) NEWSLIB_FUZZ_CHECK(valid_utf8(author));
  if (meta.source) NEWSLIB_FUZZ_CHECK(valid_utf8(*meta.source));
  if (!metadata) {
    NEWSLIB_FUZZ_CHECK(!meta.title && !meta.dateline && !meta.date && !meta.date_text &&
                       !meta.byline && !meta.source && meta.authors.empty() &&
                       meta.trailer.empty());
  }

  std::size_t previous_replacement = 0;
  for (const auto& s : doc.replacements()) {
    NEWSLIB_FUZZ_CHECK(well_formed(text, s));
    NEWSLIB_FUZZ_CHECK(s.begin >= previous_replacement);
    previous_replacement = s.end;
    NEWSLIB_FUZZ_CHECK(text.substr(s.begin, s.size()) == "\xEF\xBF\xBD");
  }
  NEWSLIB_FUZZ_CHECK(doc.language().confidence >= 0.0 && doc.language().confidence <= 1.0);
}

// Two parses of the same text agree unit by unit.
void check_same(const newslib::document& a, const newslib::document& b) {
  NEWSLIB_FUZZ_CHECK(a.text() == b.text());
  NEWSLIB_FUZZ_CHECK(a.body() == b.body());
  NEWSLIB_FUZZ_CHECK(a.paragraphs().size() == b.paragraphs().size());
  for (std::size_t i = 0; i < a.paragraphs().size(); ++i)
    NEWSLIB_FUZZ_CHECK(a.paragraphs()[i].bytes == b.paragraphs()[i].bytes);
  NEWSLIB_FUZZ_CHECK(a.sentences().size() == b.sentences().size());
  for (std::size_t i = 0; i < a.sentences().size(); ++i)
    NEWSLIB_FUZZ_CHECK(a.sentences()[i].bytes == b.sentences()[i].bytes);
  NEWSLIB_FUZZ_CHECK(a.tokens().size() == b.tokens().size());
  for (std::size_t i = 0; i < a.tokens().size(); ++i) {
    NEWSLIB_FUZZ_CHECK(a.tokens()[i].bytes() == b.tokens()[i].bytes());
    NEWSLIB_FUZZ_CHECK(a.term_of(a.tokens()[i]).key == b.term_of(b.tokens()[i]).key);
  }
  NEWSLIB_FUZZ_CHECK(a.meta().title == b.meta().title);
  NEWSLIB_FUZZ_CHECK(a.meta().date == b.meta().date);
  NEWSLIB_FUZZ_CHECK(a.language().code == b.language().code);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newslib::fuzz;
  const auto input = take_control(data, size);
  newslib::parse_options options;
  options.language = kLanguages[input.control % 7];
  options.metadata = (input.control & 0x80) == 0;
  options.errors = newslib::utf8_errors::replace;
  const newslib::document repaired(std::string(input.text), options);
  check_document(repaired, options.metadata);
  const std::size_t bad = first_invalid_utf8(input.text);
  NEWSLIB_FUZZ_CHECK(repaired.replacements().empty() == (bad == input.text.size()));
  NEWSLIB_FUZZ_CHECK(repaired.replacements().empty() == (repaired.text() == input.text));
  if (!repaired.replacements().empty()) {
    // Text before the first bad byte is kept as it was; the replacement
    // character stands exactly where that byte was.
    NEWSLIB_FUZZ_CHECK(repaired.text().compare(0, bad, input.text.substr(0, bad)) == 0);
    NEWSLIB_FUZZ_CHECK(repaired.replacements().front().begin == bad);
  }

  options.errors = newslib::utf8_errors::strict;
  try {
    const newslib::document strict(std::string(input.text), options);
    NEWSLIB_FUZZ_CHECK(bad == input.text.size());
    check_document(strict, options.metadata);
    // Parsing is deterministic, and the error mode does not matter for valid text.
    check_same(strict, repaired);
  } catch (const newslib::invalid_utf8& e) {
    NEWSLIB_FUZZ_CHECK(e.offset() == bad);
  }
  return 0;
}
