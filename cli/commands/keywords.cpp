// newslib keywords: each article's key phrases, best first.
#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "commands/commands.hpp"
#include "cli_error.hpp"
#include "commands/document_json.hpp"
#include "jsonl_reader.hpp"
#include "newslib/keywords.hpp"
#include "runner.hpp"
#include "text_output.hpp"

namespace newslib::cli {
namespace {

struct keywords_settings {
  io_options io;
  std::string field;
  document_options parse;
  newslib::keyword_options keywords;
  std::string corpus_path;  // JSONL collection for document frequencies, or empty
  std::optional<newslib::keyword_corpus> corpus;
};

// First pass of corpus mode: every `field` text of the JSONL file counts once.
newslib::keyword_corpus read_corpus(const keywords_settings& settings) {
  newslib::keyword_corpus corpus;
  document_options json_text = settings.parse;  // JSON strings are Unicode already
  json_text.encoding = "utf-8";
  std::unique_ptr<jsonl_reader> reader;
  try {
    reader = std::make_unique<jsonl_reader>(settings.corpus_path, settings.parse.max_bytes);
  } catch (const std::runtime_error& e) {
    throw fatal_error("--corpus " + settings.corpus_path + ": " + e.what());
  }
  input_line line;
  std::vector<std::string> ignored;
  while (reader->next(line)) {
    if (is_blank(line.text)) continue;
    const std::string where = settings.corpus_path + ":" + std::to_string(line.number);
    if (line.too_long) throw fatal_error("--corpus " + where + ": line too long");
    const json record = json::parse(line.text, nullptr, false);
    if (!record.is_object() || !record.contains(settings.field) ||
        !record.at(settings.field).is_string()) {
      throw fatal_error("--corpus " + where + ": no string field \"" + settings.field + "\"");
    }
    corpus.add(parse_document(record.at(settings.field).get<std::string>(), json_text,
                              ignored));
  }
  return corpus;
}

json keywords_of(std::string text, const keywords_settings& settings,
                 std::vector<std::string>& warnings) {
  const auto doc = parse_document(std::move(text), settings.parse, warnings);
  json found = json::array();
  const auto phrases = settings.corpus
                           ? newslib::keywords(doc, *settings.corpus, settings.keywords)
                           : newslib::keywords(doc, settings.keywords);
  for (const auto& keyword : phrases) {
    json occurrences = json::array();
    for (const auto& at : keyword.occurrences) {
      occurrences.push_back(json{{"byte_start", at.begin}, {"byte_end", at.end}});
    }
    found.push_back(json{{"text", keyword.text},
                         {"key", keyword.key},
                         {"score", keyword.score},
                         {"occurrences", std::move(occurrences)}});
  }
  return json{{"algorithm", settings.keywords.algorithm},
              {"language", language_json(doc.language())},
              {"keywords", std::move(found)}};
}

void write_keywords(const json& result, std::ostream& out) {
  for (const auto& keyword : result.at("keywords")) {
    out << fixed(keyword.at("score").get<double>(), 4) << '\t'
        << one_line(keyword.at("text").get_ref<const std::string&>()) << '\n';
  }
}

int run_keywords(keywords_settings& settings) {
  settings.io.fields = {settings.field};
  if (!settings.corpus_path.empty()) {
    if (settings.keywords.algorithm != "default" && settings.keywords.algorithm != "tfidf") {
      throw usage_error("--corpus weights the tfidf algorithm only, not " +
                        settings.keywords.algorithm);
    }
    settings.corpus = read_corpus(settings);
  }
  check_encoding_applies(settings.io, settings.parse);
  task work;
  work.max_input_bytes = settings.parse.max_bytes;
  work.process = [&settings](std::vector<std::string>& texts, std::vector<std::string>& warnings) {
    return keywords_of(std::move(texts.front()), settings, warnings);
  };
  work.write_text = write_keywords;
  return run_task(settings.io, work);
}

}  // namespace

subcommand add_keywords_command(CLI::App& app) {
  auto settings = std::make_shared<keywords_settings>();
  auto& s = *settings;
  CLI::App* sub = app.add_subcommand(
      "keywords", "List each article's key phrases, best first (text: score, tab, phrase)");
  add_io_options(*sub, s.io, "Articles to read (- or none: standard input)");
  add_field_option(*sub, s.field, "text");
  add_parse_options(*sub, s.parse);
  sub->add_option("--top", s.keywords.top, "How many key phrases at most")
      ->check(CLI::PositiveNumber.description(""))
      ->type_name("N")
      ->capture_default_str();
  sub->add_option("-a,--algorithm", s.keywords.algorithm, "Keyword algorithm")
      ->check(CLI::IsMember(with_default(newslib::keyword_algorithms())))
      ->type_name("NAME")
      ->capture_default_str();
  sub->add_option("--corpus", s.corpus_path,
                  "JSONL collection (its --field texts) whose document frequencies weigh the "
                  "phrases; pass the input itself for corpus mode over a batch")
      ->type_name("FILE");
  return {sub, [settings] { return run_keywords(*settings); }};
}

}  // namespace newslib::cli
