// Summarises arbitrary text with every algorithm and a budget taken from the
// input, and checks budgets, ranks, the summary text and determinism.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "newslib/document.hpp"
#include "newslib/summarize.hpp"

namespace {

// The units of a word budget: word, number, URL and e-mail tokens.
std::size_t words_in(const newslib::document& doc, std::size_t sentence) {
  const auto& s = doc.sentences()[sentence];
  std::size_t words = 0;
  for (std::size_t t = s.first_token; t < s.first_token + s.token_count; ++t) {
    const auto kind = doc.tokens()[t].kind;
    words += kind == newslib::token_kind::word || kind == newslib::token_kind::number ||
             kind == newslib::token_kind::url || kind == newslib::token_kind::email;
  }
  return words;
}

// A sentence ending in a colon introduces what follows it and is never
// selected (src/summarize/candidates.hpp).
bool ends_in_colon(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return !s.empty() && s.back() == ':';
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newslib::fuzz;
  if (size < 2) return 0;
  const unsigned char budget_byte = data[1];
  const auto input = take_control(data + 1, size - 1);
  newslib::parse_options parse;
  parse.errors = newslib::utf8_errors::replace;
  parse.metadata = (budget_byte & 0x80) == 0;
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
  NEWSLIB_FUZZ_CHECK(std::find(names.begin(), names.end(), summary.algorithm) != names.end());
  NEWSLIB_FUZZ_CHECK(summary.algorithm != "default");
  NEWSLIB_FUZZ_CHECK(summary.scores.size() == n);
  NEWSLIB_FUZZ_CHECK(summary.ranks.size() == n);
  NEWSLIB_FUZZ_CHECK(summary.selected.size() <= n);
  NEWSLIB_FUZZ_CHECK(summary.options.redundancy.has_value());
  NEWSLIB_FUZZ_CHECK(*summary.options.redundancy >= 0 && *summary.options.redundancy <= 1);

  // Scores are finite; ranks are 1..n, best score first, ties to the earlier.
  std::vector<std::size_t> by_rank(n, n);
  for (std::size_t i = 0; i < n; ++i) {
    NEWSLIB_FUZZ_CHECK(is_finite(summary.scores[i]));
    NEWSLIB_FUZZ_CHECK(summary.ranks[i] >= 1 && summary.ranks[i] <= n);
    NEWSLIB_FUZZ_CHECK(by_rank[summary.ranks[i] - 1] == n);
    by_rank[summary.ranks[i] - 1] = i;
  }
  for (std::size_t r = 1; r < n; ++r) {
    const std::size_t a = by_rank[r - 1], b = by_rank[r];
    NEWSLIB_FUZZ_CHECK(summary.scores[a] > summary.scores[b] ||
                       (summary.scores[a] == summary.scores[b] && a < b));
  }

  // The selection: real sentences that may be selected, within budget, in the
  // requested order, and the text is exactly their texts joined by newlines.
  std::size_t selectable = 0;
  for (std::size_t i = 0; i < n; ++i) selectable += !ends_in_colon(doc.sentence_text(i));
  std::size_t words = 0, chars = 0;
  std::string text;
  for (std::size_t k = 0; k < summary.selected.size(); ++k) {
    const auto& s = summary.selected[k];
    NEWSLIB_FUZZ_CHECK(s.index < n);
    NEWSLIB_FUZZ_CHECK(s.bytes == doc.sentences()[s.index].bytes);
    NEWSLIB_FUZZ_CHECK(s.rank == summary.ranks[s.index]);
    NEWSLIB_FUZZ_CHECK(s.score == summary.scores[s.index]);
    NEWSLIB_FUZZ_CHECK(!ends_in_colon(doc.sentence_text(s.index)));
    words += words_in(doc, s.index);
    chars += code_points(doc.sentence_text(s.index)) + (k > 0 ? 1 : 0);
    if (k > 0) {
      text += '\n';
      const auto& prev = summary.selected[k - 1];
      if (options.order == newslib::summary_order::document)
        NEWSLIB_FUZZ_CHECK(prev.index < s.index);
      else
        NEWSLIB_FUZZ_CHECK(prev.rank < s.rank);
    }
    text += doc.sentence_text(s.index);
  }
  NEWSLIB_FUZZ_CHECK(summary.text == text);
  switch (options.length.kind) {
    case newslib::budget::unit::sentences:
      NEWSLIB_FUZZ_CHECK(summary.selected.size() == std::min(amount, selectable));
      break;
    case newslib::budget::unit::ratio:
      NEWSLIB_FUZZ_CHECK(summary.selected.size() <= std::max<std::size_t>(1, (amount * n + 39) / 40));
      NEWSLIB_FUZZ_CHECK(selectable == 0 || !summary.selected.empty());
      break;
    case newslib::budget::unit::words:
      NEWSLIB_FUZZ_CHECK(words <= amount * 5);
      break;
    case newslib::budget::unit::chars:
      NEWSLIB_FUZZ_CHECK(chars <= amount * 30);
      NEWSLIB_FUZZ_CHECK(code_points(summary.text) == chars);
      break;
  }

  // Deterministic, and the scores are those score_sentences gives.
  const auto again = newslib::summarize(doc, options);
  NEWSLIB_FUZZ_CHECK(again.text == summary.text);
  NEWSLIB_FUZZ_CHECK(again.scores == summary.scores);
  NEWSLIB_FUZZ_CHECK(newslib::score_sentences(doc, options.algorithm) == summary.scores);
  return 0;
}
