// newslib extract: the article of each web page, as text or JSON.
#include <CLI/CLI.hpp>
#include <memory>

#include "cli_error.hpp"
#include "commands/commands.hpp"
#include "commands/document_json.hpp"
#include "newslib/html.hpp"
#include "page_inputs.hpp"
#include "runner.hpp"

namespace newslib::cli {
namespace {

struct extract_settings {
  io_options io;
  std::string field;
  newslib::html_options html;
};

template <typename T, typename F>
json field_json(const std::optional<newslib::page_field<T>>& f, F&& value) {
  return f ? value(f->value) : json(nullptr);
}

json extract(const std::string& page_bytes, const extract_settings& settings,
             std::vector<std::string>& warnings) {
  const newslib::document doc = newslib::from_html(page_bytes, settings.html);
  const newslib::web_page& page = *doc.page();
  if (page.no_article) warnings.push_back("no article found on the page");
  const newslib::page_metadata& m = page.metadata;
  const auto text = [](const std::string& s) { return json(s); };
  const auto date = [](const newslib::calendar_date& d) { return json(d.iso()); };
  json origins = json::object();
  const auto origin = [&origins](const char* name, const auto& f) {
    if (f) origins[name] = newslib::to_string(f->origin);
  };
  origin("title", m.title);
  origin("description", m.description);
  origin("site_name", m.site_name);
  origin("canonical_url", m.canonical_url);
  origin("section", m.section);
  origin("language", m.language);
  origin("published", m.published);
  origin("modified", m.modified);
  origin("authors", m.authors);
  json blocks = json::array();
  for (std::size_t i = page.has_headline ? 1 : 0; i < page.blocks.size(); ++i) {
    const newslib::html_block& b = page.blocks[i];
    blocks.push_back(json{{"text", doc.slice(b.text)}, {"kind", newslib::to_string(b.kind)},
                          {"byte_start", b.text.begin}, {"byte_end", b.text.end},
                          {"page_start", b.page.begin}, {"page_end", b.page.end}});
  }
  return json{
      {"title", field_json(m.title, text)},
      {"published", field_json(m.published, date)},
      {"modified", field_json(m.modified, date)},
      {"authors", m.authors ? json(m.authors->value) : json::array()},
      {"description", field_json(m.description, text)},
      {"site_name", field_json(m.site_name, text)},
      {"canonical_url", field_json(m.canonical_url, text)},
      {"section", field_json(m.section, text)},
      {"page_language", field_json(m.language, text)},
      {"tags", m.tags},
      {"origins", std::move(origins)},
      {"language", language_json(doc.language())},
      {"encoding", page.encoding},
      {"no_article", page.no_article},
      {"text", doc.text()},
      {"body", doc.slice(doc.body())},
      {"blocks", std::move(blocks)}};
}

int run_extract(extract_settings& settings) {
  settings.io.fields = {settings.field};
  // In --jsonl mode the inputs are record files, not pages.
  if (!settings.io.jsonl && !settings.io.inputs.empty()) {
    settings.io.inputs = expand_page_inputs(settings.io.inputs);
    // No inputs left would mean standard input: say why instead of waiting on it.
    if (settings.io.inputs.empty()) {
      throw usage_error("no *.html or *.htm files in the directories given");
    }
  }
  task work;
  work.max_input_bytes = settings.html.max_bytes;
  work.process = [&settings](std::vector<std::string>& texts, std::vector<std::string>& warnings) {
    return extract(texts.front(), settings, warnings);
  };
  work.write_text = [](const json& result, std::ostream& out) {
    out << result.at("text").get<std::string>() << "\n\n";
  };
  return run_task(settings.io, work);
}

}  // namespace

subcommand add_extract_command(CLI::App& app) {
  auto settings = std::make_shared<extract_settings>();
  CLI::App* sub = app.add_subcommand(
      "extract", "Extract the article (headline, body, metadata) of each web page");
  add_io_options(*sub, settings->io,
                 "Web pages to read: files, directories (their *.html and *.htm files) or "
                 "glob patterns (- or none: standard input)");
  add_field_option(*sub, settings->field, "html",
                   "With --jsonl: the field that holds the page's HTML");
  sub->add_option("--url", settings->html.url, "The page's address, for its metadata")
      ->type_name("URL");
  sub->add_option("--encoding", settings->html.encoding,
                  "Charset of the pages, overriding what they declare")
      ->type_name("LABEL");
  sub->add_option("--language", settings->html.language,
                  "Language as an ISO 639-1 code, or auto to identify it")
      ->type_name("CODE")
      ->capture_default_str();
  sub->add_option("--max-bytes", settings->html.max_bytes,
                  "Largest page accepted, in bytes (suffixes k, M, G allowed)")
      ->transform(CLI::AsSizeValue(false).description(""))
      ->type_name("BYTES")
      ->capture_default_str();
  sub->add_flag("!--no-tables", settings->html.keep_tables, "Leave data tables out");
  sub->add_flag("!--no-lists", settings->html.keep_lists, "Leave list items out");
  sub->add_flag("!--no-captions", settings->html.keep_captions, "Leave captions out");
  return {sub, [settings] { return run_extract(*settings); }};
}

}  // namespace newslib::cli
