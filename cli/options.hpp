// newslib CLI: options shared by the subcommands.
#pragma once

#include <string>
#include <vector>

#include "newslib/document.hpp"
#include "progress.hpp"

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace newslib::cli {

/// jsonl: one JSON object per line, written as each input is done.
enum class output_format { text, json, jsonl };

/// Where input comes from and where results go.
struct io_options {
  std::vector<std::string> inputs;  // files; "-" or none for standard input
  std::string output;               // empty: standard output
  output_format format = output_format::text;
  bool jsonl = false;               // each input line is a JSON object
  std::vector<std::string> fields;  // the JSONL fields a record is read from
  bool fail_fast = false;
  progress_mode progress = progress_mode::automatic;
  bool format_given = false;        // --format was on the command line
};

/// Adds FILE..., -o/--output, --format, --jsonl, --fail-fast and --progress.
void add_io_options(CLI::App& app, io_options& io, const std::string& files_help);

/// Adds --field, the JSONL field a record's text is read from.
void add_field_option(CLI::App& app, std::string& field, const std::string& default_name,
                      const std::string& help = "With --jsonl: the field that holds the text");
/// Adds --reference-field (eval's second text).
void add_reference_field_option(CLI::App& app, std::string& field);

/// How a command reads each input: as article text, or (--html) as a web
/// page whose article is extracted first.
struct document_options : newslib::parse_options {
  bool html = false;
  std::string url;  // --url: the page's address, for metadata (one page at a time)
};

/// Adds --language, --errors, --encoding, --max-bytes, --no-metadata, --html
/// and --url.
void add_parse_options(CLI::App& app, document_options& options);

/// Throws usage_error if --encoding names anything but UTF-8 in --jsonl mode,
/// whose text comes from JSON strings, not from bytes in some encoding.
void check_encoding_applies(const io_options& io, const newslib::parse_options& parse);

}  // namespace newslib::cli
