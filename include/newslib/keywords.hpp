// newslib: keywords and keyphrases.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "newslib/document.hpp"
#include "newslib/span.hpp"

namespace newslib {

struct keyword_options {
  std::size_t top = 10;
  std::string algorithm = "default";  // "textrank", "yake", or "default"
};

struct keyword {
  std::string text;               // the phrase as it first appears
  std::string key;                // normalised form used for deduplication
  double score = 0;               // higher is better, whatever the algorithm
  std::vector<span> occurrences;  // every place it appears in the body
};

/// Names of the keyword algorithms.
[[nodiscard]] const std::vector<std::string>& keyword_algorithms();

/// The document's best keyphrases, best first, without near-duplicates.
/// Throws `invalid_argument` (naming "algorithm") when keywords() would refuse
/// `options`; for callers that check a request before any work is done.
void check_keyword_options(const keyword_options& options);

[[nodiscard]] std::vector<keyword> keywords(const document& doc,
                                            const keyword_options& options = {});

}  // namespace newslib
