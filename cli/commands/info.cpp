// newslib info: what each article says about itself, and how big it is.
#include <CLI/CLI.hpp>
#include <memory>

#include "commands/commands.hpp"
#include "commands/document_json.hpp"
#include "newslib/html.hpp"
#include "runner.hpp"
#include "text_output.hpp"

namespace newslib::cli {
namespace {

struct info_settings {
  io_options io;
  std::string field;
  document_options parse;
};

json span_text(const newslib::document& doc, const std::optional<newslib::span>& at) {
  return at ? json(doc.slice(*at)) : json(nullptr);
}

json describe(std::string text, const info_settings& settings,
              std::vector<std::string>& warnings) {
  const auto doc = parse_document(std::move(text), settings.parse, warnings);
  const auto& meta = doc.meta();
  json trailer = json::array();
  for (const auto& line : meta.trailer) trailer.push_back(doc.slice(line));
  std::size_t words = 0;
  for (const auto& token : doc.tokens()) {
    if (token.kind == newslib::token_kind::word) ++words;
  }
  json result{
      {"title", span_text(doc, meta.title)},
      {"date", meta.date ? json(meta.date->iso()) : json(nullptr)},
      {"date_text", span_text(doc, meta.date_text)},
      {"dateline", span_text(doc, meta.dateline)},
      {"byline", span_text(doc, meta.byline)},
      {"authors", meta.authors},
      {"source", meta.source ? json(*meta.source) : json(nullptr)},
      {"trailer", std::move(trailer)},
      {"language", language_json(doc.language())},
      {"body", json{{"byte_start", doc.body().begin}, {"byte_end", doc.body().end}}},
      {"counts", json{{"paragraphs", doc.paragraphs().size()},
                      {"sentences", doc.sentences().size()},
                      {"tokens", doc.tokens().size()},
                      {"words", words},
                      {"bytes", doc.text().size()}}},
      {"replacements", doc.replacements().size()}};
  // A web page's markup speaks first (--html).
  if (const newslib::web_page* page = doc.page()) {
    const newslib::page_metadata& m = page->metadata;
    if (m.title) result["title"] = m.title->value;
    if (m.published) result["date"] = m.published->value.iso();
    if (m.authors) result["authors"] = m.authors->value;
  }
  return result;
}

void write_info(const json& result, std::ostream& out) {
  const auto line = [&out](const char* label, const std::string& value) {
    std::string padded = std::string(label) + ":";
    padded.resize(13, ' ');
    out << padded << one_line(value) << '\n';
  };
  const auto text_or_dash = [](const json& value) {
    return value.is_string() ? value.get<std::string>() : std::string("-");
  };
  const auto joined = [](const json& values, const char* separator) {
    std::string all;
    for (const auto& value : values) {
      if (!all.empty()) all += separator;
      all += value.get<std::string>();
    }
    return all.empty() ? std::string("-") : all;
  };
  line("title", text_or_dash(result.at("title")));
  line("date", text_or_dash(result.at("date")));
  line("dateline", text_or_dash(result.at("dateline")));
  line("byline", text_or_dash(result.at("byline")));
  line("authors", joined(result.at("authors"), "; "));
  line("source", text_or_dash(result.at("source")));
  line("trailer", joined(result.at("trailer"), " | "));
  const auto& language = result.at("language");
  line("language", language.at("code").get<std::string>() + " (confidence " +
                       fixed(language.at("confidence").get<double>(), 2) + ")");
  for (const auto& [name, count] : result.at("counts").items()) {
    line(name.c_str(), std::to_string(count.get<std::size_t>()));
  }
  if (const auto replaced = result.at("replacements").get<std::size_t>(); replaced > 0) {
    line("replaced", std::to_string(replaced) + " invalid UTF-8 sequences");
  }
}

int run_info(info_settings& settings) {
  settings.io.fields = {settings.field};
  check_encoding_applies(settings.io, settings.parse);
  task work;
  work.max_input_bytes = settings.parse.max_bytes;
  work.process = [&settings](std::vector<std::string>& texts, std::vector<std::string>& warnings) {
    return describe(std::move(texts.front()), settings, warnings);
  };
  work.write_text = write_info;
  return run_task(settings.io, work);
}

}  // namespace

subcommand add_info_command(CLI::App& app) {
  auto settings = std::make_shared<info_settings>();
  CLI::App* sub = app.add_subcommand(
      "info", "Show each article's metadata (headline, date, byline, ...) and counts");
  add_io_options(*sub, settings->io, "Articles to read (- or none: standard input)");
  add_field_option(*sub, settings->field, "text");
  add_parse_options(*sub, settings->parse);
  return {sub, [settings] { return run_info(*settings); }};
}

}  // namespace newslib::cli
