// Per-language stopword lists (data/stopwords/<code>.txt), loaded once.
#pragma once

#include <cstddef>
#include <string_view>
#include <unordered_set>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// An immutable set of stopword keys (NFKC + case folded, ASCII apostrophes).
class stopword_set {
 public:
  explicit stopword_set(std::string_view file_text);
  [[nodiscard]] bool contains(std::string_view key) const noexcept {
    return words_.count(key) != 0;
  }
  [[nodiscard]] std::size_t size() const noexcept { return words_.size(); }
  [[nodiscard]] const std::unordered_set<std::string_view>& words() const noexcept {
    return words_;
  }

 private:
  std::unordered_set<std::string_view> words_;  // views into the embedded data
};

/// The stopwords of a supported language, or nullptr for any other code.
/// Built on first use and shared (thread-safe).
const stopword_set* stopwords_for(std::string_view language);

/// The stopwords of language id `id` (see languages.hpp); `id` < language_count.
const stopword_set& stopwords_for_id(std::size_t id);

}  // namespace detail
NEWSLIB_END_NAMESPACE
