#include "newslib/config.hpp"
#include "html/credit_lines.hpp"

#include <array>
#include <cstddef>
#include <string>

#include "text/case_fold.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

// A credit is a name or two: longer lines are captions or prose.
constexpr std::size_t max_credit_bytes = 80;
constexpr std::size_t max_credit_words = 8;

// Words that open a credit when a colon or "by" follows them.
constexpr std::array<std::string_view, 16> credit_words = {
    "credit",   "credits", "photo",  "photos",  "photograph", "photographs", "photographer",
    "image",    "images",  "picture", "pictures", "foto",      "fotos",       "bild",
    "crédit",   "crédits"};

// Openings that are credits whatever follows.
constexpr std::array<std::string_view, 4> credit_openings = {
    "photo courtesy", "courtesy of", "image courtesy", "picture courtesy"};

// Picture agencies whose bare name is a credit on its own.
constexpr std::array<std::string_view, 12> agencies = {
    "getty",       "getty images", "afp",     "afp/getty images", "reuters",      "ap",
    "ap photo",    "epa",          "rex",     "rex features",     "shutterstock", "istock"};

bool starts_with(std::string_view s, std::string_view prefix) noexcept {
  return s.substr(0, prefix.size()) == prefix;
}

std::size_t word_count(std::string_view s) noexcept {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

bool is_credit_line(std::string_view block) noexcept {
  if (block.empty() || block.size() > max_credit_bytes || word_count(block) > max_credit_words) {
    return false;
  }
  std::string lower = ascii_lowercase(block);
  std::string_view s = lower;
  while (!s.empty() && (s.back() == ' ' || s.back() == '.')) s.remove_suffix(1);
  for (std::string_view a : agencies) {
    if (s == a) return true;
  }
  for (std::string_view opening : credit_openings) {
    if (starts_with(s, opening)) return true;
  }
  for (std::string_view word : credit_words) {
    if (!starts_with(s, word)) continue;
    std::string_view rest = s.substr(word.size());
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    // "Photo: Jane Doe", "Photo by Jane Doe", "Photograph: AP" (not "Photos show ...").
    if (starts_with(rest, ":") || starts_with(rest, "by ")) return rest.size() > 3;
  }
  return false;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
