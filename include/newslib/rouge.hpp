// newslib: ROUGE, numerically identical to Google's rouge-score package.
#pragma once

#include <string_view>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE

struct rouge_score {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

struct rouge_scores {
  rouge_score rouge1;
  rouge_score rouge2;
  rouge_score rougeL;
  rouge_score rougeLsum;  // summary-level LCS over newline-separated sentences
};

struct rouge_options {
  bool stemmer = true;  // Porter stemming of tokens longer than 3 characters
};

/// Scores `candidate` against `reference`.
[[nodiscard]] NEWSLIB_API rouge_scores rouge(std::string_view candidate, std::string_view reference,
                                             const rouge_options& options = {});

NEWSLIB_END_NAMESPACE
