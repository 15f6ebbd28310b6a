#include "options.hpp"

#include <CLI/CLI.hpp>

#include "choice_option.hpp"
#include "cli_error.hpp"
#include "newslib/encoding.hpp"

namespace newslib::cli {
namespace {

// "auto", or a lowercase ISO 639 code; whether the library supports the
// language is the library's call (unsupported ones use generic rules).
std::string check_language(const std::string& value) {
  if (value == "auto") return {};
  const bool letters = value.size() >= 2 && value.size() <= 3 &&
                       value.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos;
  return letters ? std::string() : "expected \"auto\" or an ISO 639-1 code such as \"en\"";
}

// "auto", or a label newslib::decode knows.
std::string check_encoding(const std::string& value) {
  if (value == "auto" || newslib::canonical_encoding(value)) return {};
  return "unknown encoding; expected auto or a name such as utf-8, windows-1252, latin1, "
         "shift_jis, gb18030 (see docs/encodings.md)";
}

}  // namespace

void add_io_options(CLI::App& app, io_options& io, const std::string& files_help) {
  app.add_option("files", io.inputs, files_help)->type_name("FILE");
  app.add_option("-o,--output", io.output,
                 "Write results to FILE, replaced atomically (never one of the inputs)")
      ->type_name("FILE");
  app.add_option_function<std::string>(
         "--format",
         [&io](const std::string& word) {
           io.format = word == "json"    ? output_format::json
                       : word == "jsonl" ? output_format::jsonl
                                         : output_format::text;
           io.format_given = true;
         },
         "Output format (jsonl: one JSON line per input file)")
      ->check(CLI::IsMember({"text", "json", "jsonl"}))
      ->type_name("FORMAT")
      ->default_str("text");
  app.add_flag("--jsonl", io.jsonl,
               "Batch mode: each input line is a JSON object; one JSON line out per line in");
  app.add_flag("--fail-fast", io.fail_fast, "Stop at the first input (or line) that fails");
  add_choice_option<progress_mode>(app, "--progress", io.progress,
                                   {{"auto", progress_mode::automatic},
                                    {"always", progress_mode::always},
                                    {"never", progress_mode::never}},
                                   "Progress on stderr (auto: when stderr is a terminal)", "WHEN");
}

void add_field_option(CLI::App& app, std::string& field, const std::string& default_name,
                      const std::string& help) {
  field = default_name;
  app.add_option("--field", field, help)
      ->type_name("NAME")
      ->capture_default_str();
}

void add_reference_field_option(CLI::App& app, std::string& field) {
  field = "reference";
  app.add_option("--reference-field", field,
                 "With --jsonl: the field that holds the reference summary")
      ->type_name("NAME")
      ->capture_default_str();
}

void add_parse_options(CLI::App& app, document_options& options) {
  app.add_option("--language", options.language,
                 "Language as an ISO 639-1 code, or auto to identify it")
      ->check(check_language)
      ->type_name("CODE")
      ->capture_default_str();
  add_choice_option<newslib::utf8_errors>(
      app, "--errors", options.errors,
      {{"strict", newslib::utf8_errors::strict}, {"replace", newslib::utf8_errors::replace}},
      "Invalid UTF-8: fail (strict) or replace it with U+FFFD and warn (replace)", "MODE");
  app.add_option("--encoding", options.encoding,
                 "Encoding of the input files: utf-8, auto to detect it, or a name such as "
                 "windows-1252, latin1, koi8-r, shift_jis, gb18030")
      ->check(check_encoding)
      ->type_name("NAME")
      ->capture_default_str();
  app.add_option("--max-bytes", options.max_bytes,
                 "Largest input accepted, in bytes (suffixes k, M, G allowed)")
      ->transform(CLI::AsSizeValue(false).description(""))
      ->check(CLI::PositiveNumber.description(""))
      ->type_name("BYTES")
      ->capture_default_str();
  app.add_flag_callback(
      "--no-metadata", [&options] { options.metadata = false; },
      "Treat the whole text as body: no headline, dateline, byline or trailer");
  app.add_flag("--html", options.html,
               "Inputs are web pages (any charset): extract the article first");
  app.add_option("--url", options.url, "With --html: the page's address, for its metadata")
      ->type_name("URL");
}

}  // namespace newslib::cli

namespace newslib::cli {

void check_encoding_applies(const io_options& io, const newslib::parse_options& parse) {
  if (io.jsonl && newslib::canonical_encoding(parse.encoding) != std::string("UTF-8")) {
    throw usage_error("--encoding applies to input files; --jsonl text is JSON, always Unicode");
  }
}

}  // namespace newslib::cli
