// Writes the learned scorer's per-sentence features for a JSONL file of
// articles, so that scripts/train_default.py trains on exactly the numbers the
// library computes at run time.
//
//   export_features <articles.jsonl> <features.jsonl>
//
// Input: one JSON object per line with "id" and "article" (other fields are
// ignored). Output: a first line {"feature_names": [...]} and then, per
// article, {"id", "sentences": [text, ...], "features": [[...], ...],
// "learned": [score, ...]}; "learned" holds the shipped model's scores when the
// model matches these features and is left out otherwise.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "newslib/document.hpp"
#include "newslib/error.hpp"
#include "summarize/features.hpp"
#include "summarize/learned_scorer.hpp"
#include "summarize/sentence_vectors.hpp"

namespace {

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
      if (with_model) {
        out["learned"] = newslib::detail::score_learned_default({doc, vectors});
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
