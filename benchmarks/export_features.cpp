// Writes the learned scorer's per-sentence features for a JSONL file of
// articles, so that scripts/train_default.py trains on exactly the numbers the
// library computes at run time.
//
//   export_features <articles.jsonl> <features.jsonl>
//
// Input: one JSON object per line with "id" and "article" (other fields are
// ignored). Output: a first line {"feature_names": [...]} and then, per
// article, {"id", "sentences": [text, ...], "features": [[...], ...],
// "words": [[term, ...], ...], "similar": [[a, b, cosine], ...],
// "learned": [score, ...]}. "words" gives each sentence's word and number
// tokens as the term ids whose trigrams the redundancy step compares, and
// "similar" the pairs of sentences (a < b) whose tf-idf cosine is at least
// `min_exported_cosine`, so that the training script's redundancy step is the
// library's. "learned" holds the shipped model's scores when the model matches
// these features and is left out otherwise.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "newslib/document.hpp"
#include "newslib/error.hpp"
#include "summarize/candidates.hpp"
#include "summarize/features.hpp"
#include "summarize/learned_scorer.hpp"
#include "summarize/sentence_vectors.hpp"

namespace {

// Below any redundancy threshold the training script tries.
constexpr double min_exported_cosine = 0.1;

int run(const char* input_path, const char* output_path) {
  std::ifstream input(input_path);
  if (!input) {
    std::cerr << "export_features: cannot read " << input_path << '\n';
    return 1;
  }
  std::ofstream output(output_path);
  if (!output) {
    std::cerr << "export_features: cannot write " << output_path << '\n';
    return 1;
  }
  bool with_model = true;
  try {
    (void)newslib::detail::default_model();
  } catch (const newslib::error& e) {
    std::cerr << "export_features: no learned scores (" << e.what() << ")\n";
    with_model = false;
  }

  output << nlohmann::json{{"feature_names", newslib::detail::sentence_feature_names()}}.dump()
         << '\n';
  std::string line;
  std::size_t line_number = 0;
  std::size_t written = 0;
  while (std::getline(input, line)) {
    ++line_number;
    if (line.empty()) continue;
    try {
      const nlohmann::json record = nlohmann::json::parse(line);
      newslib::parse_options options;
      options.errors = newslib::utf8_errors::replace;
      const newslib::document doc(record.at("article").get<std::string>(), options);
      const newslib::detail::sentence_vectors vectors(doc);
      const auto features = newslib::detail::compute_sentence_features(doc, vectors);

      nlohmann::json out;
      out["id"] = record.at("id");
      out["sentences"] = nlohmann::json::array();
      for (std::size_t s = 0; s < doc.sentences().size(); ++s) {
        out["sentences"].push_back(std::string(doc.sentence_text(s)));
      }
      out["features"] = nlohmann::json::array();
      for (std::size_t r = 0; r < features.rows; ++r) {
        out["features"].push_back(
            std::vector<double>(features.row(r), features.row(r) + features.columns));
      }
      out["words"] = nlohmann::json::array();
      for (const newslib::sentence& sentence : doc.sentences()) {
        std::vector<std::uint32_t> terms;
        const auto& tokens = doc.tokens();
        const std::size_t end =
            std::min(tokens.size(), std::size_t{sentence.first_token} + sentence.token_count);
        for (std::size_t t = sentence.first_token; t < end; ++t) {
          if (tokens[t].kind == newslib::token_kind::word ||
              tokens[t].kind == newslib::token_kind::number) {
            terms.push_back(tokens[t].term);
          }
        }
        out["words"].push_back(terms);
      }
      out["similar"] = nlohmann::json::array();
      for (std::size_t a = 0; a < vectors.sentence_count(); ++a) {
        for (std::size_t b = a + 1; b < vectors.sentence_count(); ++b) {
          const double cosine = vectors.cosine(a, b);
          if (cosine >= min_exported_cosine) out["similar"].push_back({a, b, cosine});
        }
      }
      if (with_model) {
        const auto candidates = newslib::detail::summary_candidates(doc, vectors);
        out["learned"] = newslib::detail::score_learned_default({doc, vectors, candidates});
      }
      output << out.dump() << '\n';
      ++written;
    } catch (const std::exception& e) {
      std::cerr << "export_features: " << input_path << ':' << line_number << ": " << e.what()
                << '\n';
      return 1;
    }
  }
  std::cerr << "export_features: " << written << " articles\n";
  return output ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: export_features <articles.jsonl> <features.jsonl>\n";
    return 2;
  }
  return run(argv[1], argv[2]);
}
