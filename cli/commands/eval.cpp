// newslib eval: ROUGE scores of candidate summaries against references.
#include <CLI/CLI.hpp>
#include <memory>

#include "commands/commands.hpp"
#include "newslib/rouge.hpp"
#include "runner.hpp"
#include "text_output.hpp"

namespace newslib::cli {
namespace {

struct eval_settings {
  io_options io;
  std::string candidate_field;
  std::string reference_field;
  bool no_stemmer = false;
};

json score_json(const newslib::rouge_score& score) {
  return json{{"precision", score.precision}, {"recall", score.recall}, {"f1", score.f1}};
}

json evaluate(const std::string& candidate, const std::string& reference, bool stemmer) {
  newslib::rouge_options options;
  options.stemmer = stemmer;
  const auto scores = newslib::rouge(candidate, reference, options);
  return json{{"rouge1", score_json(scores.rouge1)},
              {"rouge2", score_json(scores.rouge2)},
              {"rougeL", score_json(scores.rougeL)},
              {"rougeLsum", score_json(scores.rougeLsum)}};
}

void write_scores(const json& result, std::ostream& out) {
  out << "           precision  recall     f1\n";
  for (const auto& [name, score] : result.items()) {
    std::string label = name;
    label.resize(11, ' ');
    out << label << fixed(score.at("precision").get<double>(), 4) << "     "
        << fixed(score.at("recall").get<double>(), 4) << "     "
        << fixed(score.at("f1").get<double>(), 4) << '\n';
  }
}

int run_eval(eval_settings& settings) {
  settings.io.fields = {settings.candidate_field, settings.reference_field};
  task work;
  work.texts_per_record = 2;
  const bool stemmer = !settings.no_stemmer;
  work.process = [stemmer](std::vector<std::string>& texts, std::vector<std::string>&) {
    return evaluate(texts[0], texts[1], stemmer);
  };
  work.write_text = write_scores;
  return run_task(settings.io, work);
}

}  // namespace

subcommand add_eval_command(CLI::App& app) {
  auto settings = std::make_shared<eval_settings>();
  auto& s = *settings;
  CLI::App* sub = app.add_subcommand(
      "eval",
      "ROUGE-1/2/L/Lsum of a candidate summary against a reference "
      "(files CANDIDATE REFERENCE, or --jsonl records)");
  add_io_options(*sub, s.io,
                 "CANDIDATE REFERENCE files (one may be -), or JSONL files with --jsonl");
  add_field_option(*sub, s.candidate_field, "candidate",
                   "With --jsonl: the field that holds the candidate summary");
  add_reference_field_option(*sub, s.reference_field);
  sub->add_flag("--no-stemmer", s.no_stemmer,
                "Compare tokens as they are, without Porter stemming");
  return {sub, [settings] { return run_eval(*settings); }};
}

}  // namespace newslib::cli
