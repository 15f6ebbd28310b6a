// newslib sentences: the body's sentences, one per line or with byte spans.
#include <CLI/CLI.hpp>
#include <memory>

#include "commands/commands.hpp"
#include "commands/document_json.hpp"
#include "runner.hpp"
#include "text_output.hpp"

namespace newslib::cli {
namespace {

struct sentences_settings {
  io_options io;
  std::string field;
  document_options parse;
};

json sentences_of(std::string text, const sentences_settings& settings,
                  std::vector<std::string>& warnings) {
  const auto doc = parse_document(std::move(text), settings.parse, warnings);
  json sentences = json::array();
  // Input in another encoding: where each sentence lies in the input file too.
  const bool decoded = doc.source_encoding() != "UTF-8";
  for (const auto& sentence : doc.sentences()) {
    json item{{"index", sentence.index},
              {"paragraph", sentence.paragraph},
              {"text", doc.slice(sentence.bytes)},
              {"byte_start", sentence.bytes.begin},
              {"byte_end", sentence.bytes.end}};
    if (decoded) {
      item["source_byte_start"] = doc.source_offset(sentence.bytes.begin);
      item["source_byte_end"] = doc.source_offset(sentence.bytes.end);
    }
    sentences.push_back(std::move(item));
  }
  return json{{"language", language_json(doc.language())},
              {"sentences", std::move(sentences)}};
}

void write_sentences(const json& result, std::ostream& out) {
  for (const auto& sentence : result.at("sentences")) {
    out << one_line(sentence.at("text").get_ref<const std::string&>()) << '\n';
  }
}

int run_sentences(sentences_settings& settings) {
  settings.io.fields = {settings.field};
  check_encoding_applies(settings.io, settings.parse);
  task work;
  work.max_input_bytes = settings.parse.max_bytes;
  work.process = [&settings](std::vector<std::string>& texts, std::vector<std::string>& warnings) {
    return sentences_of(std::move(texts.front()), settings, warnings);
  };
  work.write_text = write_sentences;
  return run_task(settings.io, work);
}

}  // namespace

subcommand add_sentences_command(CLI::App& app) {
  auto settings = std::make_shared<sentences_settings>();
  CLI::App* sub = app.add_subcommand(
      "sentences", "Split each article's body into sentences (text: one per line)");
  add_io_options(*sub, settings->io, "Articles to split (- or none: standard input)");
  add_field_option(*sub, settings->field, "text");
  add_parse_options(*sub, settings->parse);
  return {sub, [settings] { return run_sentences(*settings); }};
}

}  // namespace newslib::cli
