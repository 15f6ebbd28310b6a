// Feeds arbitrary bytes to the command-line tool's JSON Lines path: first to
// the line reader alone, then through the whole --jsonl run (read, parse,
// process, write) with a task that echoes a digest of each record's text.
// Invariants: the reader gives back every line exactly (or its start, marked
// too long) and counts every byte; the run writes exactly one valid JSON line
// per non-blank input line, in order, holding the record's result or an error
// naming its line number, and loses nothing.
#include <stdlib.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "jsonl_reader.hpp"
#include "runner.hpp"

namespace {

using newslib::cli::json;

/// A private folder for the input and output files, removed at exit.
class scratch_dir {
 public:
  scratch_dir() {
    const char* base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    std::string pattern = std::string(base) + "/newslib-fuzz-jsonl-XXXXXX";
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot create scratch dir");
    path_ = pattern;
  }
  ~scratch_dir() {
    for (const char* name : {"a.jsonl", "b.jsonl", "out.jsonl"}) unlink(file(name).c_str());
    rmdir(path_.c_str());
  }
  scratch_dir(const scratch_dir&) = delete;
  scratch_dir& operator=(const scratch_dir&) = delete;
  [[nodiscard]] std::string file(const char* name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

const scratch_dir& scratch() {
  static const scratch_dir dir;
  return dir;
}

void write_file(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  NEWSLIB_FUZZ_CHECK(out.good());
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

/// A line as the input holds it: without its "\n", with any "\r".
struct raw_line {
  std::string_view bytes;
  std::size_t end = 0;  // offset just past the line and its terminator
};

std::vector<raw_line> split_lines(std::string_view input) {
  std::vector<raw_line> lines;
  std::size_t begin = 0;
  while (begin < input.size()) {
    const std::size_t newline = input.find('\n', begin);
    const std::size_t end = newline == std::string_view::npos ? input.size() : newline;
    lines.push_back({input.substr(begin, end - begin), end + (end < input.size() ? 1 : 0)});
    begin = end + 1;
  }
  return lines;
}

std::string_view without_cr(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
  return h;
}

// The reader alone: lines come back exactly, numbered, and every byte counts.
void check_reader(std::string_view input, std::size_t max_line) {
  const std::string path = scratch().file("a.jsonl");
  write_file(path, input);
  newslib::cli::jsonl_reader reader(path, max_line);
  newslib::cli::input_line line;
  std::size_t count = 0;
  for (const auto& raw : split_lines(input)) {
    NEWSLIB_FUZZ_CHECK(reader.next(line));
    ++count;
    NEWSLIB_FUZZ_CHECK(line.number == count);
    NEWSLIB_FUZZ_CHECK(line.too_long == (raw.bytes.size() > max_line));
    if (line.too_long) {
      NEWSLIB_FUZZ_CHECK(line.text == raw.bytes.substr(0, max_line));
    } else {
      NEWSLIB_FUZZ_CHECK(line.text == without_cr(raw.bytes));
    }
    NEWSLIB_FUZZ_CHECK(reader.bytes_read() == raw.end);
  }
  NEWSLIB_FUZZ_CHECK(!reader.next(line));
  NEWSLIB_FUZZ_CHECK(!reader.next(line));
  NEWSLIB_FUZZ_CHECK(reader.bytes_read() == input.size());
}

// Whether the run must report an error for a (non-blank) input line, decided
// here independently of the tool.
bool expect_error(std::string_view line_text, bool too_long) {
  if (too_long) return true;
  const json record = json::parse(line_text, nullptr, /*allow_exceptions=*/false);
  if (record.is_discarded() || !record.is_object()) return true;
  const auto text = record.find("text");
  if (text == record.end() || !text->is_string()) return true;
  const std::string& value = text->get_ref<const std::string&>();
  return !value.empty() && value.front() == '!';
}

// What the run must write for one input line.
void check_output_line(const std::string& written, std::string_view line_text, bool too_long,
                       std::size_t number, const std::optional<std::string>& file) {
  using namespace newslib::fuzz;
  NEWSLIB_FUZZ_CHECK(valid_utf8(written));
  const json out = json::parse(written, nullptr, /*allow_exceptions=*/false);
  NEWSLIB_FUZZ_CHECK(!out.is_discarded());
  NEWSLIB_FUZZ_CHECK(out.is_object());
  if (file) {
    NEWSLIB_FUZZ_CHECK(out.contains("file") && out["file"] == *file);
  } else {
    NEWSLIB_FUZZ_CHECK(!out.contains("file"));
  }
  // Whatever happens to a record that parses, its id comes back with it.
  const json record = too_long ? json() : json::parse(line_text, nullptr, false);
  if (record.is_object() && record.contains("id")) {
    NEWSLIB_FUZZ_CHECK(out.contains("id") && out["id"] == record["id"]);
  } else {
    NEWSLIB_FUZZ_CHECK(!out.contains("id"));
  }
  if (expect_error(line_text, too_long)) {
    NEWSLIB_FUZZ_CHECK(out.contains("error") && out["error"].is_string());
    NEWSLIB_FUZZ_CHECK(!out["error"].get<std::string>().empty());
    NEWSLIB_FUZZ_CHECK(out.contains("line") && out["line"] == number);
    NEWSLIB_FUZZ_CHECK(!out.contains("bytes"));
    return;
  }
  const std::string& value = record["text"].get_ref<const std::string&>();
  NEWSLIB_FUZZ_CHECK(!out.contains("error"));
  NEWSLIB_FUZZ_CHECK(out["bytes"] == value.size());
  NEWSLIB_FUZZ_CHECK(out["fnv"] == fnv1a(value));
}

// The whole --jsonl run over one or two files.
void check_run(std::string_view input, std::size_t cut, bool two_files, bool short_lines) {
  std::vector<std::string_view> parts{input};
  std::vector<std::string> paths{scratch().file("a.jsonl")};
  if (two_files) {
    parts = {input.substr(0, cut), input.substr(cut)};
    paths.push_back(scratch().file("b.jsonl"));
  }
  for (std::size_t i = 0; i < parts.size(); ++i) write_file(paths[i], parts[i]);
  const std::string out_path = scratch().file("out.jsonl");
  unlink(out_path.c_str());

  newslib::cli::io_options io;
  io.inputs = paths;
  io.output = out_path;
  io.format = newslib::cli::output_format::json;
  io.jsonl = true;
  io.fields = {"text"};
  io.progress = newslib::cli::progress_mode::never;
  newslib::cli::task echo;
  // No text bytes allowed still leaves room for 4096-byte lines.
  echo.max_input_bytes = short_lines ? 0 : std::size_t{1} << 30;
  echo.process = [](std::vector<std::string>& texts, std::vector<std::string>&) {
    NEWSLIB_FUZZ_CHECK(texts.size() == 1);
    if (!texts[0].empty() && texts[0].front() == '!') throw std::runtime_error("rejected");
    json result = json::object();
    result["bytes"] = texts[0].size();
    result["fnv"] = fnv1a(texts[0]);
    return result;
  };
  echo.write_text = [](const json&, std::ostream&) {};
  const std::size_t max_line = short_lines ? 4096 : std::size_t{6} << 30;

  const int status = newslib::cli::run_task(io, echo);

  // The records the run must write, decided from the input alone.
  struct expected {
    std::string_view text;
    bool too_long;
    std::size_t number;
    std::optional<std::string> file;
  };
  std::vector<expected> records;
  std::size_t errors = 0;
  for (std::size_t f = 0; f < parts.size(); ++f) {
    std::size_t number = 0;
    for (const auto& raw : split_lines(parts[f])) {
      ++number;
      const bool too_long = raw.bytes.size() > max_line;
      const std::string_view text = without_cr(raw.bytes);
      if (!too_long && newslib::fuzz::is_ascii_space_only(text)) continue;
      records.push_back({text, too_long, number,
                         two_files ? std::optional<std::string>(paths[f]) : std::nullopt});
      errors += expect_error(text, too_long);
    }
  }
  NEWSLIB_FUZZ_CHECK(status == (errors > 0 ? 1 : 0));
  if (errors > 0 && errors == records.size()) {
    // Nothing succeeded: the output file is left as it was (here: absent),
    // and the errors went to standard error.
    NEWSLIB_FUZZ_CHECK(access(out_path.c_str(), F_OK) != 0);
    return;
  }
  const std::string written = read_file(out_path);
  NEWSLIB_FUZZ_CHECK(written.empty() || written.back() == '\n');
  const std::vector<raw_line> out_lines = split_lines(written);
  NEWSLIB_FUZZ_CHECK(out_lines.size() == records.size());
  for (std::size_t k = 0; k < records.size(); ++k) {
    const auto& r = records[k];
    check_output_line(std::string(out_lines[k].bytes), r.text, r.too_long, r.number, r.file);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto input = newslib::fuzz::take_control(data, size);
  static const std::size_t kMaxLines[] = {1, 2, 7, 64, 4096, std::size_t{1} << 20};
  check_reader(input.text, kMaxLines[input.control % 6]);
  const std::size_t cut = input.text.empty() ? 0 : (input.control * 131u) % (input.text.size() + 1);
  check_run(input.text, cut, (input.control & 0x40) != 0, (input.control & 0x80) != 0);
  return 0;
}
