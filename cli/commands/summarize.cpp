// newslib summarize: the most important sentences of each article.
#include <CLI/CLI.hpp>
#include <memory>

#include "choice_option.hpp"

#include "commands/commands.hpp"
#include "commands/document_json.hpp"
#include "newslib/summarize.hpp"
#include "runner.hpp"
#include "text_output.hpp"

namespace newslib::cli {
namespace {

struct summarize_settings {
  io_options io;
  std::string field;
  document_options parse;
  newslib::summary_options summary;
};

const char* unit_name(newslib::budget::unit unit) {
  switch (unit) {
    case newslib::budget::unit::sentences: return "sentences";
    case newslib::budget::unit::ratio: return "ratio";
    case newslib::budget::unit::words: return "words";
    case newslib::budget::unit::chars: return "chars";
  }
  return "sentences";
}

json options_json(const newslib::summary_options& options) {
  json length{{"unit", unit_name(options.length.kind)}};
  if (options.length.kind == newslib::budget::unit::ratio) {
    length["value"] = options.length.value;
  } else {
    length["value"] = static_cast<std::uint64_t>(options.length.value);
  }
  return json{
      {"length", std::move(length)},
      {"redundancy", options.redundancy ? json(*options.redundancy) : json(nullptr)},
      {"order", options.order == newslib::summary_order::score ? "score" : "document"}};
}

json summarize_text(std::string text, const summarize_settings& settings,
                    std::vector<std::string>& warnings) {
  const auto doc = parse_document(std::move(text), settings.parse, warnings);
  const auto result = newslib::summarize(doc, settings.summary);
  json sentences = json::array();
  for (const auto& chosen : result.selected) {
    sentences.push_back(json{{"index", chosen.index},
                             {"text", doc.slice(chosen.bytes)},
                             {"byte_start", chosen.bytes.begin},
                             {"byte_end", chosen.bytes.end},
                             {"score", chosen.score},
                             {"rank", chosen.rank}});
  }
  return json{{"algorithm", result.algorithm},
              {"options", options_json(result.options)},
              {"language", language_json(doc.language())},
              {"sentences", std::move(sentences)},
              {"summary", result.text},
              {"scores", result.scores}};
}

void write_summary(const json& result, std::ostream& out) {
  for (const auto& sentence : result.at("sentences")) {
    out << one_line(sentence.at("text").get_ref<const std::string&>()) << '\n';
  }
}

int run_summarize(summarize_settings& settings) {
  settings.io.fields = {settings.field};
  check_encoding_applies(settings.io, settings.parse);
  task work;
  work.max_input_bytes = settings.parse.max_bytes;
  work.process = [&settings](std::vector<std::string>& texts, std::vector<std::string>& warnings) {
    return summarize_text(std::move(texts.front()), settings, warnings);
  };
  work.write_text = write_summary;
  return run_task(settings.io, work);
}

}  // namespace

subcommand add_summarize_command(CLI::App& app) {
  auto settings = std::make_shared<summarize_settings>();
  auto& s = *settings;
  CLI::App* sub = app.add_subcommand(
      "summarize", "Pick the most important sentences of each article (extractive summary)");
  add_io_options(*sub, s.io, "Articles to summarise (- or none: standard input)");
  add_field_option(*sub, s.field, "text");
  add_parse_options(*sub, s.parse);

  // Exactly one length budget; three sentences unless told otherwise.
  auto* by_sentences = sub->add_option_function<std::size_t>(
      "-n,--sentences",
      [&s](const std::size_t& n) { s.summary.length = newslib::budget::sentences(n); },
      "Length in sentences (default 3)");
  by_sentences->check(CLI::PositiveNumber.description(""))->type_name("N");
  auto* by_ratio = sub->add_option_function<double>(
      "--ratio", [&s](const double& r) { s.summary.length = newslib::budget::ratio(r); },
      "Length as a fraction of the article's sentences, in (0, 1]");
  by_ratio->check((CLI::Range(0.0, 1.0) & CLI::PositiveNumber).description(""))->type_name("R");
  auto* by_words = sub->add_option_function<std::size_t>(
      "--words", [&s](const std::size_t& n) { s.summary.length = newslib::budget::words(n); },
      "Length in words at most");
  by_words->check(CLI::PositiveNumber.description(""))->type_name("N");
  auto* by_chars = sub->add_option_function<std::size_t>(
      "--chars", [&s](const std::size_t& n) { s.summary.length = newslib::budget::chars(n); },
      "Length in characters at most");
  by_chars->check(CLI::PositiveNumber.description(""))->type_name("N");
  const std::vector<CLI::Option*> budgets{by_sentences, by_ratio, by_words, by_chars};
  for (auto* a : budgets) {
    for (auto* b : budgets) {
      if (a != b) a->excludes(b);
    }
  }

  sub->add_option("-a,--algorithm", s.summary.algorithm, "Sentence scorer")
      ->check(CLI::IsMember(with_default(newslib::algorithms())))
      ->type_name("NAME")
      ->capture_default_str();
  sub->add_option_function<double>(
         "--redundancy", [&s](const double& r) { s.summary.redundancy = r; },
         "Redundancy penalty in [0, 1] (0: off; default: the algorithm's own)")
      ->check(CLI::Range(0.0, 1.0).description(""))
      ->type_name("X");
  add_choice_option<newslib::summary_order>(
      *sub, "--order", s.summary.order,
      {{"document", newslib::summary_order::document}, {"score", newslib::summary_order::score}},
      "Order of the chosen sentences: as in the article, or best first", "ORDER");

  return {sub, [settings] { return run_summarize(*settings); }};
}

}  // namespace newslib::cli
