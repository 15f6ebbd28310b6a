// Parses arbitrary bytes as a document in both error modes and several
// languages, and checks that the structure tiles the text losslessly.
#include <cstdint>
#include <string>

#include "fuzz_check.hpp"
#include "newslib/document.hpp"
#include "newslib/error.hpp"

namespace {

const char* const kLanguages[] = {"auto", "en", "de", "fr", "ru", "fi", "xx"};

void check_document(const newslib::document& doc) {
  using namespace newslib::fuzz;
  const std::string_view text = doc.text();
  NEWSLIB_FUZZ_CHECK(well_formed(text, doc.body()));
  std::size_t previous_end = doc.body().begin;
  for (std::size_t p = 0; p < doc.paragraphs().size(); ++p) {
    const auto& par = doc.paragraphs()[p];
    NEWSLIB_FUZZ_CHECK(par.index == p);
    NEWSLIB_FUZZ_CHECK(well_formed(text, par.bytes));
    NEWSLIB_FUZZ_CHECK(contains(doc.body(), par.bytes));
    NEWSLIB_FUZZ_CHECK(par.bytes.begin >= previous_end);
    previous_end = par.bytes.end;
    NEWSLIB_FUZZ_CHECK(par.first_sentence + par.sentence_count <= doc.sentences().size());
  }
  std::size_t next_token = 0;
  previous_end = 0;
  for (std::size_t s = 0; s < doc.sentences().size(); ++s) {
    const auto& sen = doc.sentences()[s];
    NEWSLIB_FUZZ_CHECK(sen.index == s);
    NEWSLIB_FUZZ_CHECK(well_formed(text, sen.bytes));
    NEWSLIB_FUZZ_CHECK(!sen.bytes.empty());
    NEWSLIB_FUZZ_CHECK(sen.bytes.begin >= previous_end);
    previous_end = sen.bytes.end;
    NEWSLIB_FUZZ_CHECK(sen.paragraph < doc.paragraphs().size());
    NEWSLIB_FUZZ_CHECK(contains(doc.paragraphs()[sen.paragraph].bytes, sen.bytes));
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
  const auto& meta = doc.meta();
  for (const auto& s : {meta.title, meta.dateline, meta.date_text, meta.byline})
    if (s) NEWSLIB_FUZZ_CHECK(well_formed(text, *s));
  for (const auto& s : meta.trailer) NEWSLIB_FUZZ_CHECK(well_formed(text, s));
  for (const auto& s : doc.replacements()) {
    NEWSLIB_FUZZ_CHECK(well_formed(text, s));
    NEWSLIB_FUZZ_CHECK(text.substr(s.begin, s.size()) == "\xEF\xBF\xBD");
  }
  NEWSLIB_FUZZ_CHECK(doc.language().confidence >= 0.0 && doc.language().confidence <= 1.0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto input = newslib::fuzz::take_control(data, size);
  newslib::parse_options options;
  options.language = kLanguages[input.control % 7];
  options.metadata = (input.control & 0x80) == 0;
  options.errors = newslib::utf8_errors::replace;
  const newslib::document repaired(std::string(input.text), options);
  check_document(repaired);
  NEWSLIB_FUZZ_CHECK(repaired.replacements().empty() == (repaired.text() == input.text));

  options.errors = newslib::utf8_errors::strict;
  try {
    const newslib::document strict(std::string(input.text), options);
    NEWSLIB_FUZZ_CHECK(repaired.replacements().empty());
    check_document(strict);
    // Parsing is deterministic.
    NEWSLIB_FUZZ_CHECK(strict.sentences().size() == repaired.sentences().size());
    NEWSLIB_FUZZ_CHECK(strict.tokens().size() == repaired.tokens().size());
  } catch (const newslib::invalid_utf8& e) {
    NEWSLIB_FUZZ_CHECK(!repaired.replacements().empty());
    NEWSLIB_FUZZ_CHECK(e.offset() < input.text.size());
  }
  return 0;
}
