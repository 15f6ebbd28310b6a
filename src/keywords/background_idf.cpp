#include "keywords/background_idf.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <string>

#include "language/languages.hpp"
#include "tokenize/term_interner.hpp"
#include "util/embedded_data.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

double idf_of_frequency(double per_word) {
  const double df = -std::expm1(-per_word * background_idf::document_words);
  return -std::log(df);
}

}  // namespace

const background_idf* background_idf::for_language(std::string_view language) {
  const std::size_t id = language_id(language);
  if (id == no_language) return nullptr;
  static std::array<std::unique_ptr<background_idf>, language_count> tables;
  static std::array<std::once_flag, language_count> once;
  std::call_once(once[id], [id] {
    const std::string name = "keywords/frequency/" + std::string(language_codes[id]) + ".tsv";
    if (const auto text = embedded_file(name)) {
      tables[id] = std::make_unique<background_idf>(*text, language_codes[id]);
    }
  });
  return tables[id].get();
}

background_idf::background_idf(std::string_view file_text, std::string_view language) {
  const std::size_t id = language_id(language);
  std::unordered_map<std::string, double> frequency;  // per stem, per word of text
  double rarest = 1;
  term_form form;
  std::size_t i = 0;
  while (i < file_text.size()) {
    std::size_t e = file_text.find('\n', i);
    if (e == std::string_view::npos) e = file_text.size();
    const std::string_view line = file_text.substr(i, e - i);
    i = e + 1;
    if (line.empty() || line.front() == '#') continue;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    // Zipf value: log10 of occurrences per billion words.
    const double zipf = std::strtod(std::string(line.substr(tab + 1)).c_str(), nullptr);
    const double per_word = std::pow(10.0, zipf - 9.0);
    make_term_form(line.substr(0, tab), token_kind::word, id, form);
    frequency[form.stem] += per_word;
    rarest = std::min(rarest, per_word);
  }
  idf_.reserve(frequency.size());
  for (const auto& [stem, f] : frequency) idf_.emplace(stem, idf_of_frequency(f));
  unknown_ = idf_of_frequency(rarest / 2);
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
