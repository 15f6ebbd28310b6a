// Summarises arbitrary text with every algorithm and a budget taken from the
// input, and checks budgets, ranks and determinism.
#include <cstdint>
#include <string>

#include "fuzz_check.hpp"
#include "newslib/document.hpp"
#include "newslib/summarize.hpp"
#include "unicode/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newslib::fuzz;
  if (size < 2) return 0;
  const unsigned char budget_byte = data[1];
  const auto input = take_control(data + 1, size - 1);
  newslib::parse_options parse;
  parse.errors = newslib::utf8_errors::replace;
  const newslib::document doc(std::string(input.text), parse);

  const auto& names = newslib::algorithms();
  newslib::summary_options options;
  options.algorithm = names[data[0] % names.size()];
  const std::size_t amount = 1 + budget_byte % 40;
  switch ((data[0] / 16) % 4) {
    case 0: options.length = newslib::budget::sentences(amount); break;
    case 1: options.length = newslib::budget::ratio(amount / 40.0); break;
    case 2: options.length = newslib::budget::words(amount * 5); break;
    default: options.length = newslib::budget::chars(amount * 30); break;
  }
  if (data[0] & 8) options.redundancy = (budget_byte % 11) / 10.0;
  if (data[0] & 4) options.order = newslib::summary_order::score;

  const auto summary = newslib::summarize(doc, options);
  const std::size_t n = doc.sentences().size();
  NEWSLIB_FUZZ_CHECK(summary.scores.size() == n);
  NEWSLIB_FUZZ_CHECK(summary.ranks.size() == n);
  NEWSLIB_FUZZ_CHECK(summary.selected.size() <= n);
  std::size_t words = 0;
  for (const auto& s : summary.selected) {
    NEWSLIB_FUZZ_CHECK(s.index < n);
    NEWSLIB_FUZZ_CHECK(s.bytes == doc.sentences()[s.index].bytes);
    NEWSLIB_FUZZ_CHECK(s.rank == summary.ranks[s.index]);
    NEWSLIB_FUZZ_CHECK(s.rank >= 1 && s.rank <= n);
    words += doc.sentences()[s.index].token_count;
  }
  if (options.length.kind == newslib::budget::unit::sentences)
    NEWSLIB_FUZZ_CHECK(summary.selected.size() <= amount);
  if (options.length.kind == newslib::budget::unit::chars)
    NEWSLIB_FUZZ_CHECK(newslib::detail::count_code_points(summary.text) <= amount * 30);
  if (options.order == newslib::summary_order::document)
    for (std::size_t i = 1; i < summary.selected.size(); ++i)
      NEWSLIB_FUZZ_CHECK(summary.selected[i - 1].index < summary.selected[i].index);

  const auto again = newslib::summarize(doc, options);
  NEWSLIB_FUZZ_CHECK(again.text == summary.text);
  NEWSLIB_FUZZ_CHECK(again.scores == summary.scores);
  return 0;
}
