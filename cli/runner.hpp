// newslib CLI: runs one subcommand's work over every input, whole files or
// JSON Lines records, and turns failures into messages and exit statuses.
#pragma once

#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "options.hpp"

namespace newslib::cli {

using json = nlohmann::ordered_json;

/// What a subcommand does with one record.
struct task {
  /// How many texts make a record: 1, or 2 for eval (candidate, reference).
  /// In file mode they are that many files; with --jsonl, `io_options::fields`.
  std::size_t texts_per_record = 1;
  /// Larger files are refused before being read whole.
  std::size_t max_input_bytes = std::size_t{1} << 30;
  /// Turns the record's texts (which it may move from) into a JSON result, and
  /// may add warnings for stderr. Throws on bad input.
  std::function<json(std::vector<std::string>& texts, std::vector<std::string>& warnings)>
      process;
  /// Writes a result as text (for --format text).
  std::function<void(const json& result, std::ostream& out)> write_text;
};

/// Runs `work` as `io` says and returns the exit status: 0, or 1 if any input
/// or line failed. Throws usage_error (status 2) or fatal_error (status 1).
int run_task(const io_options& io, const task& work);

/// JSON text that is valid whatever bytes the strings hold (invalid UTF-8
/// becomes U+FFFD). `indent` < 0 gives one line.
[[nodiscard]] std::string to_json_text(const json& value, int indent);

}  // namespace newslib::cli
