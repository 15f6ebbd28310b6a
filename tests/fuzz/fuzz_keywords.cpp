// Extracts keywords from arbitrary text with each algorithm and checks that
// every occurrence points at real body text, results are distinct, ordered
// and deterministic.
#include <cstdint>
#include <set>
#include <string>

#include "fuzz_check.hpp"
#include "newslib/document.hpp"
#include "newslib/keywords.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newslib::fuzz;
  const auto input = take_control(data, size);
  newslib::parse_options parse;
  parse.errors = newslib::utf8_errors::replace;
  parse.metadata = (input.control & 0x80) == 0;
  const newslib::document doc(std::string(input.text), parse);
  const auto& names = newslib::keyword_algorithms();
  newslib::keyword_options options;
  options.algorithm = names[input.control % names.size()];
  options.top = 1 + input.control % 16;
  const auto found = newslib::keywords(doc, options);
  NEWSLIB_FUZZ_CHECK(found.size() <= options.top);
  // No words, no keywords.
  bool any_word = false;
  for (const auto& t : doc.tokens()) any_word |= t.kind == newslib::token_kind::word;
  if (!any_word) NEWSLIB_FUZZ_CHECK(found.empty());
  std::set<std::string> keys;
  for (std::size_t i = 0; i < found.size(); ++i) {
    const auto& k = found[i];
    NEWSLIB_FUZZ_CHECK(!k.text.empty() && !k.key.empty());
    NEWSLIB_FUZZ_CHECK(valid_utf8(k.text) && valid_utf8(k.key));
    NEWSLIB_FUZZ_CHECK(keys.insert(k.key).second);
    NEWSLIB_FUZZ_CHECK(is_finite(k.score));
    if (i > 0) NEWSLIB_FUZZ_CHECK(found[i - 1].score >= k.score);
    NEWSLIB_FUZZ_CHECK(!k.occurrences.empty());
    std::size_t previous_end = 0;
    for (const auto& s : k.occurrences) {
      NEWSLIB_FUZZ_CHECK(well_formed(doc.text(), s));
      NEWSLIB_FUZZ_CHECK(!s.empty());
      NEWSLIB_FUZZ_CHECK(contains(doc.body(), s));
      NEWSLIB_FUZZ_CHECK(s.begin >= previous_end);
      previous_end = s.end;
    }
  }
  const auto again = newslib::keywords(doc, options);
  NEWSLIB_FUZZ_CHECK(again.size() == found.size());
  for (std::size_t i = 0; i < found.size(); ++i) {
    NEWSLIB_FUZZ_CHECK(again[i].key == found[i].key);
    NEWSLIB_FUZZ_CHECK(again[i].score == found[i].score);
    NEWSLIB_FUZZ_CHECK(again[i].occurrences == found[i].occurrences);
  }
  return 0;
}
