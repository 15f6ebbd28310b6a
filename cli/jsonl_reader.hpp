// newslib CLI: reading JSON Lines input one line at a time.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace newslib::cli {

/// One line of input, without its "\n" or "\r\n" terminator.
struct input_line {
  std::size_t number = 0;  // 1-based
  std::string text;
  bool too_long = false;   // longer than the limit; `text` holds only its start
};

/// Reads an input file (or standard input for "-") line by line in bounded
/// memory: a line longer than `max_line_bytes` is reported as too long instead
/// of being held whole.
class jsonl_reader {
 public:
  /// Throws std::runtime_error (message without the file name) if `input`
  /// cannot be opened.
  jsonl_reader(const std::string& input, std::size_t max_line_bytes);
  ~jsonl_reader();
  jsonl_reader(const jsonl_reader&) = delete;
  jsonl_reader& operator=(const jsonl_reader&) = delete;

  /// Fills `line` with the next line; false at the end of the input.
  /// Throws std::runtime_error on a read error.
  bool next(input_line& line);

  /// Bytes consumed so far, terminators included.
  [[nodiscard]] std::uint64_t bytes_read() const noexcept { return bytes_read_; }

 private:
  bool fill();

  std::FILE* file_ = nullptr;
  bool owns_file_ = false;
  std::size_t max_line_bytes_;
  std::vector<char> buffer_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  bool eof_ = false;
  std::size_t line_number_ = 0;
  std::uint64_t bytes_read_ = 0;
};

/// True if `text` holds nothing but ASCII whitespace (such lines are skipped).
[[nodiscard]] bool is_blank(const std::string& text) noexcept;

}  // namespace newslib::cli
