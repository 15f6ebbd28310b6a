// newslib: the one exception hierarchy.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>

namespace newslib {

/// Base of every exception newslib throws.
class error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The input is not valid UTF-8; `offset()` is the byte offset of the first bad byte.
class invalid_utf8 : public error {
 public:
  invalid_utf8(std::size_t offset, const std::string& what)
      : error(what), offset_(offset) {}
  [[nodiscard]] std::size_t offset() const noexcept { return offset_; }

 private:
  std::size_t offset_;
};

/// The input is larger than the configured `max_bytes` limit.
class input_too_large : public error {
 public:
  using error::error;
};

/// An option or argument has a value outside its allowed set; `argument()` names it.
class invalid_argument : public error {
 public:
  invalid_argument(std::string argument, const std::string& what)
      : error(what), argument_(std::move(argument)) {}
  [[nodiscard]] const std::string& argument() const noexcept { return argument_; }

 private:
  std::string argument_;
};

/// Boost.Locale was built without its ICU backend, which newslib needs.
class backend_unavailable : public error {
 public:
  using error::error;
};

/// An encoding name that newslib does not know (see docs/encodings.md for the
/// labels it accepts); `argument()` is "encoding" and `name()` the name given.
class unknown_encoding : public invalid_argument {
 public:
  explicit unknown_encoding(std::string name)
      : invalid_argument("encoding", "unknown encoding '" + name + "'"), name_(std::move(name)) {}
  [[nodiscard]] const std::string& name() const noexcept { return name_; }

 private:
  std::string name_;
};

/// The input is not valid in the encoding it was decoded from (any encoding
/// but UTF-8, which throws `invalid_utf8`); `offset()` is the offset of the
/// first bad byte in the original input, `encoding()` the canonical name.
class invalid_encoding : public error {
 public:
  invalid_encoding(std::size_t offset, std::string encoding, const std::string& what)
      : error(what), offset_(offset), encoding_(std::move(encoding)) {}
  [[nodiscard]] std::size_t offset() const noexcept { return offset_; }
  [[nodiscard]] const std::string& encoding() const noexcept { return encoding_; }

 private:
  std::size_t offset_;
  std::string encoding_;
};

}  // namespace newslib
