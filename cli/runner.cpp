#include "runner.hpp"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <new>
#include <optional>

#include "cli_error.hpp"
#include "input.hpp"
#include "jsonl_reader.hpp"
#include "newslib/error.hpp"
#include "output.hpp"
#include "progress.hpp"

namespace newslib::cli {

std::string to_json_text(const json& value, int indent) {
  return value.dump(indent, ' ', false, json::error_handler_t::replace);
}

namespace {

/// nlohmann's messages start with "[json.exception.parse_error.101] ".
std::string json_error_message(const std::exception& e) {
  std::string message = e.what();
  if (!message.empty() && message.front() == '[') {
    const auto close = message.find("] ");
    if (close != std::string::npos) message.erase(0, close + 2);
  }
  return "invalid JSON: " + message;
}

class runner {
 public:
  runner(const io_options& io, const task& work)
      : io_(io),
        work_(work),
        inputs_(io.inputs.empty() ? std::vector<std::string>{stdin_argument} : io.inputs),
        progress_(io.progress, io.jsonl ? "lines" : "files") {}

  int run() {
    check_arguments();
    output_sink sink(io_.output);
    if (io_.jsonl) {
      run_jsonl(sink.stream());
    } else {
      run_files(sink.stream());
    }
    progress_.finish();
    // A stopped run, or one where nothing succeeded, keeps the old output file.
    if (!aborted_ && (succeeded_ > 0 || failed_ == 0)) sink.commit();
    return (failed_ > 0 || aborted_) ? exit_failure : exit_ok;
  }

 private:
  void check_arguments() const {
    if (std::count(inputs_.begin(), inputs_.end(), stdin_argument) > 1) {
      throw usage_error("standard input (-) can be read only once");
    }
    if (io_.jsonl && io_.format_given && io_.format == output_format::text) {
      throw usage_error("--jsonl writes JSON lines; --format text does not apply");
    }
    if (!io_.jsonl && work_.texts_per_record == 2 && inputs_.size() != 2) {
      throw usage_error("expected two files: CANDIDATE REFERENCE (or --jsonl)");
    }
    if (io_.jsonl && io_.fields.size() != work_.texts_per_record) {
      throw usage_error("wrong number of --jsonl fields");
    }
    check_output_path(io_.output, inputs_);
  }

  void report(const std::string& where, const std::string& message) {
    progress_.clear();
    std::fprintf(stderr, "%s: %s\n", printable(where).c_str(), printable(message).c_str());
    std::fflush(stderr);
  }

  /// Runs the task; on failure returns nullopt and sets `error`.
  std::optional<json> attempt(std::vector<std::string>& texts, const std::string& where,
                              std::string& error) {
    std::vector<std::string> warnings;
    std::optional<json> result;
    try {
      result = work_.process(texts, warnings);
    } catch (const newslib::invalid_argument& e) {
      // Options are the same for every record: no point going on.
      throw usage_error(e.what());
    } catch (const newslib::backend_unavailable& e) {
      throw fatal_error(e.what());
    } catch (const std::bad_alloc&) {
      error = "out of memory";
    } catch (const std::exception& e) {
      error = e.what();
    }
    for (const auto& warning : warnings) report(where, "warning: " + warning);
    return result;
  }

  void note_failure(const std::string& where, const std::string& error) {
    report(where, error);
    ++failed_;
    if (io_.fail_fast) aborted_ = true;
  }

  // File mode: each file (or each CANDIDATE REFERENCE pair) is one record.
  void run_files(std::ostream& out) {
    const bool pairs = work_.texts_per_record == 2;
    const std::size_t records = pairs ? 1 : inputs_.size();
    const bool several = records > 1;
    // A JSON line names its file even alone: lines from several runs get concatenated.
    const bool named = several || io_.format == output_format::jsonl;
    progress_.set_total_items(records);
    json results = json::array();
    for (std::size_t r = 0; r < records && !aborted_; ++r) {
      const std::string name = display_name(inputs_[r]);
      std::vector<std::string> texts;
      std::string error;
      std::string where = name;
      for (std::size_t k = 0; k < work_.texts_per_record && error.empty(); ++k) {
        const std::string& input = inputs_[r + k];
        try {
          texts.push_back(read_input(input, work_.max_input_bytes));
        } catch (const std::bad_alloc&) {
          error = "out of memory";
          where = display_name(input);
        } catch (const std::exception& e) {
          error = e.what();
          where = display_name(input);
        }
      }
      std::optional<json> result;
      if (error.empty()) result = attempt(texts, name, error);
      if (result) {
        ++succeeded_;
        if (io_.format == output_format::text) {
          if (several) out << (r > 0 ? "\n" : "") << "==> " << name << " <==\n";
          work_.write_text(*result, out);
        } else {
          record(named ? with_prefix(std::move(*result), std::nullopt, name)
                         : std::move(*result),
                 results, out);
        }
      } else {
        note_failure(where, error);
        if (io_.format != output_format::text) {
          json failure = json::object();
          if (named) failure["file"] = name;
          failure["error"] = error;
          record(std::move(failure), results, out);
        }
      }
      progress_.update(r + 1, 0);
    }
    if (io_.format == output_format::json && !results.empty()) {
      out << to_json_text(several ? results : results.front(), 2) << '\n';
    }
  }

  /// A file's JSON result: written at once as a line for --format jsonl (a
  /// long batch shows its progress in the output too), else kept for the array.
  void record(json result, json& results, std::ostream& out) const {
    if (io_.format == output_format::jsonl) {
      out << to_json_text(result, -1) << '\n';
    } else {
      results.push_back(std::move(result));
    }
  }

  // JSONL mode: each non-blank line of each input is one record.
  void run_jsonl(std::ostream& out) {
    const bool several = inputs_.size() > 1;
    std::optional<std::uint64_t> total = 0;
    for (const auto& input : inputs_) {
      const auto size = input_size(input);
      total = (total && size) ? std::optional<std::uint64_t>(*total + *size) : std::nullopt;
    }
    progress_.set_total_bytes(total);
    // A JSON string may escape every byte as \u00XX.
    const std::size_t max_line = work_.max_input_bytes > (SIZE_MAX - 4096) / 6
                                     ? SIZE_MAX
                                     : work_.max_input_bytes * 6 + 4096;
    std::uint64_t bytes_before = 0;
    std::uint64_t lines_done = 0;
    for (const auto& input : inputs_) {
      if (aborted_) break;
      const std::string name = display_name(input);
      std::unique_ptr<jsonl_reader> reader;
      try {
        reader = std::make_unique<jsonl_reader>(input, max_line);
      } catch (const std::exception& e) {
        note_failure(name, e.what());
        continue;
      }
      input_line line;
      while (!aborted_) {
        try {
          if (!reader->next(line)) break;
        } catch (const std::exception& e) {
          note_failure(name, e.what());
          break;
        }
        if (!line.too_long && is_blank(line.text)) continue;
        out << to_json_text(process_line(line, name, several), -1) << '\n';
        progress_.update(++lines_done, bytes_before + reader->bytes_read());
      }
      bytes_before += reader->bytes_read();
    }
  }

  json process_line(input_line& line, const std::string& name, bool several) {
    const std::string where = name + ":" + std::to_string(line.number);
    std::optional<json> id;
    std::string error;
    std::optional<json> result;
    if (line.too_long) {
      error = "line is longer than the limit for --max-bytes " +
              std::to_string(work_.max_input_bytes);
    } else {
      json record;
      try {
        record = json::parse(line.text);
      } catch (const json::exception& e) {
        error = json_error_message(e);
      }
      if (error.empty()) {
        std::vector<std::string> texts;
        if (!record.is_object()) {
          error = "not a JSON object";
        } else {
          if (const auto it = record.find("id"); it != record.end()) id = *it;
          for (const auto& field : io_.fields) {
            const auto it = record.find(field);
            if (it == record.end()) {
              error = "missing field \"" + field + "\"";
              break;
            }
            if (!it->is_string()) {
              error = "field \"" + field + "\" is not a string";
              break;
            }
            texts.push_back(std::move(it->get_ref<std::string&>()));
          }
        }
        if (error.empty()) result = attempt(texts, where, error);
      }
    }
    if (result) {
      ++succeeded_;
      return with_prefix(std::move(*result), id, several ? std::optional(name) : std::nullopt);
    }
    note_failure(where, error);
    json failure = json::object();
    if (id) failure["id"] = std::move(*id);
    if (several) failure["file"] = name;
    failure["line"] = line.number;
    failure["error"] = error;
    return failure;
  }

  /// `result` with "id" and "file" keys put first.
  static json with_prefix(json result, std::optional<json> id, std::optional<std::string> file) {
    if (!id && !file) return result;
    json out = json::object();
    if (id) out["id"] = std::move(*id);
    if (file) out["file"] = std::move(*file);
    for (auto it = result.begin(); it != result.end(); ++it) out[it.key()] = std::move(*it);
    return out;
  }

  const io_options& io_;
  const task& work_;
  std::vector<std::string> inputs_;
  progress progress_;
  std::size_t succeeded_ = 0;
  std::size_t failed_ = 0;
  bool aborted_ = false;
};

}  // namespace

int run_task(const io_options& io, const task& work) { return runner(io, work).run(); }

}  // namespace newslib::cli
