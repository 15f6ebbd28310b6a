// Rule-based sentence boundary detection for news text.
#pragma once

#include <string_view>
#include <vector>

#include "newslib/span.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

struct language_rules;

/// Splits text into sentences with a single left-to-right byte scan (linear
/// time, no regular expressions). Abbreviations come from the per-language
/// lists in data/abbreviations; unknown languages use generic rules.
class sentence_splitter {
 public:
  explicit sentence_splitter(std::string_view language);

  /// Appends the sentences found in text[range.begin, range.end) to `out` as
  /// absolute byte spans, trimmed of surrounding whitespace, in order and
  /// non-overlapping. `text` must be valid UTF-8.
  void split(std::string_view text, newslib::span range, std::vector<newslib::span>& out) const;

 private:
  const language_rules* rules_;
};

/// Shared immutable instance per language, built once (thread-safe).
const sentence_splitter& sentence_splitter_for(std::string_view language);

}  // namespace detail
NEWSLIB_END_NAMESPACE
