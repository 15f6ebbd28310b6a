#include "input.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace newslib::cli {
namespace {

struct file_closer {
  void operator()(std::FILE* f) const noexcept { std::fclose(f); }
};

[[noreturn]] void throw_errno(const char* what, int error_number) {
  throw std::runtime_error(std::string(what) + ": " + std::strerror(error_number));
}

}  // namespace

std::string display_name(const std::string& input) {
  return is_stdin(input) ? std::string("<stdin>") : input;
}

std::string read_input(const std::string& input, std::size_t max_bytes) {
  std::unique_ptr<std::FILE, file_closer> owned;
  std::FILE* file = stdin;
  if (!is_stdin(input)) {
    struct stat info {};
    if (::stat(input.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
      throw std::runtime_error("is a directory");
    }
    owned.reset(std::fopen(input.c_str(), "rb"));
    if (!owned) throw_errno("cannot open", errno);
    file = owned.get();
  }

  std::string data;
  char buffer[1 << 16];
  for (;;) {
    const std::size_t got = std::fread(buffer, 1, sizeof buffer, file);
    if (got > 0) {
      // Stop reading as soon as the limit is passed: never slurp a huge file.
      if (data.size() + got > max_bytes) {
        throw std::runtime_error("input is larger than --max-bytes (" +
                                 std::to_string(max_bytes) + " bytes)");
      }
      data.append(buffer, got);
    }
    if (got < sizeof buffer) {
      if (std::ferror(file)) throw_errno("read error", errno);
      break;
    }
  }
  return data;
}

std::optional<std::uint64_t> input_size(const std::string& input) noexcept {
  if (is_stdin(input)) return std::nullopt;
  struct stat info {};
  if (::stat(input.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
  return static_cast<std::uint64_t>(info.st_size);
}

}  // namespace newslib::cli
