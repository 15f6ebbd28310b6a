#include "jsonl_reader.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "input.hpp"

namespace newslib::cli {

jsonl_reader::jsonl_reader(const std::string& input, std::size_t max_line_bytes)
    : max_line_bytes_(max_line_bytes), buffer_(std::size_t{1} << 16) {
  if (is_stdin(input)) {
    file_ = stdin;
    return;
  }
  struct stat info {};
  if (::stat(input.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) {
    throw std::runtime_error("is a directory");
  }
  file_ = std::fopen(input.c_str(), "rb");
  if (file_ == nullptr) {
    throw std::runtime_error(std::string("cannot open: ") + std::strerror(errno));
  }
  owns_file_ = true;
}

jsonl_reader::~jsonl_reader() {
  if (owns_file_) std::fclose(file_);
}

bool jsonl_reader::fill() {
  if (eof_) return false;
  end_ = std::fread(buffer_.data(), 1, buffer_.size(), file_);
  pos_ = 0;
  if (end_ < buffer_.size()) {
    if (std::ferror(file_)) {
      throw std::runtime_error(std::string("read error: ") + std::strerror(errno));
    }
    eof_ = true;
  }
  return end_ > 0;
}

bool jsonl_reader::next(input_line& line) {
  line.text.clear();
  line.too_long = false;
  bool any = false;
  for (;;) {
    if (pos_ == end_ && !fill()) break;
    any = true;
    const char* start = buffer_.data() + pos_;
    const auto* newline = static_cast<const char*>(std::memchr(start, '\n', end_ - pos_));
    const std::size_t chunk = newline ? std::size_t(newline - start) : end_ - pos_;
    if (!line.too_long) {
      if (line.text.size() + chunk > max_line_bytes_) {
        line.too_long = true;
        line.text.append(start, max_line_bytes_ - line.text.size());
      } else {
        line.text.append(start, chunk);
      }
    }
    pos_ += chunk;
    bytes_read_ += chunk;
    if (newline) {
      ++pos_;
      ++bytes_read_;
      break;
    }
  }
  if (!any) return false;
  if (!line.too_long && !line.text.empty() && line.text.back() == '\r') line.text.pop_back();
  line.number = ++line_number_;
  return true;
}

bool is_blank(const std::string& text) noexcept {
  for (const char c : text) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v') return false;
  }
  return true;
}

}  // namespace newslib::cli
