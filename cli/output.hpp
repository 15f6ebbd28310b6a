// newslib CLI: where results go, standard output or a file replaced atomically.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace newslib::cli {

/// Writes to standard output, or to a temporary file beside `path` that
/// `commit()` renames over `path`: readers of `path` see the old content or the
/// new, never a half-written file, and a failed run leaves `path` untouched.
class output_sink {
 public:
  /// An empty `path` or "-" means standard output. Throws fatal_error if the
  /// temporary file cannot be created.
  explicit output_sink(const std::string& path);
  ~output_sink();
  output_sink(const output_sink&) = delete;
  output_sink& operator=(const output_sink&) = delete;

  [[nodiscard]] std::ostream& stream() noexcept { return *stream_; }

  /// Flushes, and for a file makes it durable and moves it into place.
  /// Throws fatal_error on a write error.
  void commit();

 private:
  class fd_buffer;

  std::string path_;
  std::string temp_path_;
  std::unique_ptr<fd_buffer> buffer_;
  std::unique_ptr<std::ostream> file_stream_;
  std::ostream* stream_;
  bool committed_ = false;
};

/// Throws usage_error if `output` names one of `inputs` (the same file under
/// any name) or a directory: results must never replace their own input.
void check_output_path(const std::string& output, const std::vector<std::string>& inputs);

}  // namespace newslib::cli
