#include "segment/language_rules.hpp"

#include <map>
#include <memory>
#include <mutex>

#include "text/case_fold.hpp"
#include "util/embedded_data.hpp"
#include "util/hash.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

namespace {

std::string_view trim_line(std::string_view line) {
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
    line.remove_suffix(1);
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  return line;
}

// The languages whose list files ship with the library.
bool is_known(std::string_view code) {
  static constexpr std::string_view known[] = {
      "am", "ar", "bg", "da", "de", "el", "en", "es", "fa", "fi", "fr", "hi",
      "hy", "it", "ja", "kk", "my", "nl", "no", "pl", "pt", "ru", "sv", "uk",
      "ur", "zh"};
  for (auto k : known)
    if (k == code) return true;
  return false;
}

std::string normalize_code(std::string_view language) {
  std::string code;
  for (char c : language) {
    if (c == '-' || c == '_' || c == '.' || c == '@') break;
    code.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  }
  if (code == "nb" || code == "nn") code = "no";
  return is_known(code) ? code : std::string();
}

}  // namespace

void append_abbreviation_key(std::string_view word, std::string& out) {
  const std::size_t start = out.size();
  append_simple_folded(word, out);
  // The typographic apostrophe (U+2019) is written as ' in the lists.
  for (std::size_t i = out.find("\xE2\x80\x99", start); i != std::string::npos;
       i = out.find("\xE2\x80\x99", i + 1))
    out.replace(i, 3, "'");
}

void language_rules::word_table::set(const std::string& word, abbreviation_kind kind) {
  const std::uint64_t h = hash_bytes(word);
  const std::uint32_t id = index_.find(h, [&](std::uint32_t e) { return words_[e].first == word; });
  if (id != flat_index::none) {
    words_[id].second = kind;  // a later entry wins
    return;
  }
  words_.emplace_back(word, kind);
  index_.insert(h, static_cast<std::uint32_t>(words_.size() - 1));
}

const abbreviation_kind* language_rules::word_table::find(std::string_view word) const noexcept {
  const std::uint32_t id = index_.find(hash_bytes(word), [&](std::uint32_t e) {
    const std::string& w = words_[e].first;
    return w.size() == word.size() && bytes_equal(w.data(), word.data(), word.size());
  });
  return id == flat_index::none ? nullptr : &words_[id].second;
}

abbreviation_kind language_rules::lookup(std::string_view folded) const noexcept {
  if (folded.empty() || folded.size() > longest_) return abbreviation_kind::none;
  const abbreviation_kind* kind = abbreviations_.find(folded);
  return kind == nullptr ? abbreviation_kind::none : *kind;
}

bool language_rules::is_starter(std::string_view folded) const noexcept {
  if (folded.empty() || folded.size() > 32) return false;
  return starters_.find(folded) != nullptr;
}

// Format: '#' starts a comment line; a line ":section" switches what the
// following lines are (title, numeric, general, final, starters, options);
// other lines are one entry each, written as in running text without the
// final period ("Mr", "U.S", "e.g").
void language_rules::load(std::string_view file) {
  enum class section { title, numeric, general, final, starters, options };
  section current = section::general;
  std::string key;
  while (!file.empty()) {
    const std::size_t nl = file.find('\n');
    std::string_view line = trim_line(file.substr(0, nl));
    file.remove_prefix(nl == std::string_view::npos ? file.size() : nl + 1);
    if (line.empty() || line.front() == '#') continue;
    if (line.front() == ':') {
      const auto name = line.substr(1);
      if (name == "title") current = section::title;
      else if (name == "numeric") current = section::numeric;
      else if (name == "general") current = section::general;
      else if (name == "final") current = section::final;
      else if (name == "starters") current = section::starters;
      else if (name == "options") current = section::options;
      continue;
    }
    if (current == section::options) {
      if (line == "ordinal_period") ordinal_period = true;
      else if (line == "colon_terminates") colon_terminates = true;
      else if (line == "comma_terminates") comma_terminates = true;
      else if (line == "semicolon_question") semicolon_question = true;
      else if (line == "pronoun_i") pronoun_i = true;
      else if (line == "lowercase_start") lowercase_start = true;
      continue;
    }
    key.clear();
    append_abbreviation_key(line, key);
    if (current != section::starters && key.size() > longest_) longest_ = key.size();
    switch (current) {
      case section::starters: starters_.set(key, abbreviation_kind::none); break;
      case section::title: abbreviations_.set(key, abbreviation_kind::title); break;
      case section::numeric: abbreviations_.set(key, abbreviation_kind::numeric); break;
      case section::final: abbreviations_.set(key, abbreviation_kind::final); break;
      default: abbreviations_.set(key, abbreviation_kind::general); break;
    }
  }
}

const language_rules& rules_for(std::string_view language) {
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<language_rules>, std::less<>> cache;
  const std::string code = normalize_code(language);
  const std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(code);
  if (it != cache.end()) return *it->second;
  auto rules = std::make_unique<language_rules>();
  rules->code = code;
  // Every language also knows the language-neutral list (units, Latin forms).
  if (auto common = embedded_file("abbreviations/common.txt")) rules->load(*common);
  if (!code.empty()) {
    const std::string name = "abbreviations/" + code + ".txt";
    if (auto file = embedded_file(name)) rules->load(*file);
  }
  return *cache.emplace(code, std::move(rules)).first->second;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
