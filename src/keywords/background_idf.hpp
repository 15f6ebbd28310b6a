// Inverse document frequencies for a single article, from a background table
// of word frequencies shipped per language (data/keywords/frequency/*.tsv).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// idf of a stem in news-length documents, estimated from how often its words
/// occur in general text: a word of frequency f (per word) appears in a
/// document of `document_words` words with probability df = 1 - exp(-f * n),
/// and idf = ln(1 / df). Words that share a stem pool their frequencies.
/// Words missing from the table (names, rare words) get the idf of half the
/// rarest listed frequency.
class background_idf {
 public:
  static constexpr double document_words = 400;

  /// The table of a language, or nullptr when none ships. Built on first use
  /// (stemming every listed word once) and shared (thread-safe).
  [[nodiscard]] static const background_idf* for_language(std::string_view language);

  background_idf(std::string_view file_text, std::string_view language);

  [[nodiscard]] double idf(const std::string& stem) const noexcept {
    const auto it = idf_.find(stem);
    return it == idf_.end() ? unknown_ : it->second;
  }
  [[nodiscard]] double unknown() const noexcept { return unknown_; }
  /// True if the table lists a word of this stem.
  [[nodiscard]] bool knows(const std::string& stem) const noexcept { return idf_.count(stem) != 0; }

 private:
  std::unordered_map<std::string, double> idf_;
  double unknown_ = 0;
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
