// Extracts keywords from arbitrary text with each algorithm and checks that
// every occurrence points at real text and results are deterministic.
#include <cstdint>
#include <string>

#include "fuzz_check.hpp"
#include "newslib/document.hpp"
#include "newslib/keywords.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newslib::fuzz;
  const auto input = take_control(data, size);
  newslib::parse_options parse;
  parse.errors = newslib::utf8_errors::replace;
  const newslib::document doc(std::string(input.text), parse);
  const auto& names = newslib::keyword_algorithms();
  newslib::keyword_options options;
  options.algorithm = names[input.control % names.size()];
  options.top = 1 + input.control % 16;
  const auto found = newslib::keywords(doc, options);
  NEWSLIB_FUZZ_CHECK(found.size() <= options.top);
  for (std::size_t i = 0; i < found.size(); ++i) {
    NEWSLIB_FUZZ_CHECK(!found[i].text.empty());
    if (i > 0) NEWSLIB_FUZZ_CHECK(found[i - 1].score >= found[i].score);
    for (const auto& s : found[i].occurrences) {
      NEWSLIB_FUZZ_CHECK(well_formed(doc.text(), s));
      NEWSLIB_FUZZ_CHECK(contains(doc.body(), s));
    }
  }
  const auto again = newslib::keywords(doc, options);
  NEWSLIB_FUZZ_CHECK(again.size() == found.size());
  for (std::size_t i = 0; i < found.size(); ++i) NEWSLIB_FUZZ_CHECK(again[i].key == found[i].key);
  return 0;
}
