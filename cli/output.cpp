#include "output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <streambuf>

#include "cli_error.hpp"
#include "input.hpp"

namespace newslib::cli {

namespace fs = std::filesystem;

/// A stream buffer over a POSIX file descriptor that remembers the first write
/// error, so that commit() can report it (an ofstream would only say "bad").
class output_sink::fd_buffer : public std::streambuf {
 public:
  explicit fd_buffer(int fd) : fd_(fd), data_(1 << 16) {
    setp(data_.data(), data_.data() + data_.size());
  }
  ~fd_buffer() override {
    if (fd_ >= 0) ::close(fd_);
  }
  fd_buffer(const fd_buffer&) = delete;
  fd_buffer& operator=(const fd_buffer&) = delete;

  [[nodiscard]] int fd() const noexcept { return fd_; }
  [[nodiscard]] int error() const noexcept { return error_; }

  /// Closes the descriptor; returns false (and records errno) on failure.
  bool close() {
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0 && error_ == 0) error_ = errno;
    return error_ == 0;
  }

 protected:
  int_type overflow(int_type ch) override {
    if (!flush_buffer()) return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }
  int sync() override { return flush_buffer() ? 0 : -1; }

 private:
  bool flush_buffer() {
    const char* p = pbase();
    std::size_t left = static_cast<std::size_t>(pptr() - pbase());
    while (left > 0 && error_ == 0) {
      const ssize_t wrote = ::write(fd_, p, left);
      if (wrote < 0) {
        if (errno == EINTR) continue;
        error_ = errno;
        break;
      }
      p += wrote;
      left -= static_cast<std::size_t>(wrote);
    }
    setp(data_.data(), data_.data() + data_.size());
    return error_ == 0;
  }

  int fd_;
  int error_ = 0;
  std::vector<char> data_;
};

namespace {

/// Permissions for the new file: those of the file it replaces, else the
/// usual 0666 less the umask (mkstemp creates 0600).
mode_t target_mode(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) == 0) return info.st_mode & 07777;
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

output_sink::output_sink(const std::string& path) : path_(path), stream_(&std::cout) {
  if (path.empty() || is_stdin(path)) {
    path_.clear();
    return;
  }
  const fs::path target(path);
  fs::path dir = target.parent_path();
  if (dir.empty()) dir = ".";
  std::string pattern = (dir / ("." + target.filename().string() + ".tmpXXXXXX")).string();
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) {
    throw fatal_error(display_name(path) + ": cannot create a temporary file in " +
                      dir.string() + ": " + std::strerror(errno));
  }
  temp_path_ = pattern;
  buffer_ = std::make_unique<fd_buffer>(fd);
  file_stream_ = std::make_unique<std::ostream>(buffer_.get());
  stream_ = file_stream_.get();
}

output_sink::~output_sink() {
  if (!temp_path_.empty() && !committed_) {
    file_stream_.reset();
    buffer_.reset();
    ::unlink(temp_path_.c_str());
  }
}

void output_sink::commit() {
  if (path_.empty()) {
    std::cout.flush();
    if (!std::cout) throw fatal_error(std::string("write error on standard output: ") +
                                      std::strerror(errno));
    return;
  }
  stream_->flush();
  const auto fail = [&](const char* what, int error_number) {
    throw fatal_error(path_ + ": " + what + ": " + std::strerror(error_number));
  };
  if (buffer_->error() != 0) fail("write error", buffer_->error());
  if (::fchmod(buffer_->fd(), target_mode(path_)) != 0) fail("cannot set permissions", errno);
  if (::fsync(buffer_->fd()) != 0) fail("cannot sync", errno);
  if (!buffer_->close()) fail("write error", buffer_->error());
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) fail("cannot replace", errno);
  committed_ = true;
}

void check_output_path(const std::string& output, const std::vector<std::string>& inputs) {
  if (output.empty() || is_stdin(output)) return;
  std::error_code ec;
  if (fs::is_directory(output, ec)) throw usage_error("--output " + output + " is a directory");
  for (const auto& input : inputs) {
    if (is_stdin(input)) continue;
    if (fs::equivalent(output, input, ec)) {
      throw usage_error("refusing to overwrite input file " + input + " with --output");
    }
  }
}

}  // namespace newslib::cli
