// newslib: the one exception hierarchy.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE

/// Base of every exception newslib throws.
class NEWSLIB_API error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The input is not valid UTF-8; `offset()` is the byte offset of the first bad byte.
class NEWSLIB_API invalid_utf8 : public error {
 public:
  invalid_utf8(std::size_t offset, const std::string& what)
      : error(what), offset_(offset) {}
  [[nodiscard]] std::size_t offset() const noexcept { return offset_; }

 private:
  std::size_t offset_;
};

/// The input is larger than the configured `max_bytes` limit.
class NEWSLIB_API input_too_large : public error {
 public:
  using error::error;
};

/// An option or argument has a value outside its allowed set; `argument()` names it.
class NEWSLIB_API invalid_argument : public error {
 public:
  invalid_argument(std::string argument, const std::string& what)
      : error(what), argument_(std::move(argument)) {}
  [[nodiscard]] const std::string& argument() const noexcept { return argument_; }

 private:
  std::string argument_;
};

/// Boost.Locale was built without its ICU backend, which newslib needs.
class NEWSLIB_API backend_unavailable : public error {
 public:
  using error::error;
};

NEWSLIB_END_NAMESPACE
