// newslib's C++ exceptions as Python exceptions, including those caught on
// worker threads and raised (or returned) later.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include <pybind11/pybind11.h>

#include "newslib/error.hpp"

namespace newslib::python {

namespace py = pybind11;

/// `invalid_utf8` that also knows the index of the bad character in the
/// caller's text (a Python str index, or the count of good characters before
/// the bad byte of a bytes object).
class located_invalid_utf8 : public newslib::invalid_utf8 {
 public:
  located_invalid_utf8(std::size_t byte_offset, std::size_t char_offset, const std::string& what)
      : invalid_utf8(byte_offset, what), char_offset_(char_offset) {}
  [[nodiscard]] std::size_t char_offset() const noexcept { return char_offset_; }

 private:
  std::size_t char_offset_;
};

/// An exception as plain data, so that a worker thread can keep it until the
/// GIL is held again.
struct captured_error {
  enum class kind {
    invalid_utf8,
    invalid_encoding,
    input_too_large,
    invalid_argument,
    backend_unavailable,
    library,  // any other newslib::error
    value,    // a bad input value found by the bindings (a missing text)
    type,     // an input of the wrong Python type
    memory,
    runtime,  // anything else
  };
  kind type = kind::runtime;
  std::string message;
  std::size_t offset = 0;                 // invalid_utf8, invalid_encoding: byte offset
  std::string encoding;                   // invalid_encoding: canonical encoding name
  std::optional<std::size_t> char_offset;  // invalid_utf8: character index, when known
  std::string argument;                   // invalid_argument: the argument's name
};

/// Describes the exception being handled. Call only inside a catch block.
[[nodiscard]] captured_error capture_current_exception() noexcept;

/// The Python exception object for `e`, with its attributes set (GIL held).
[[nodiscard]] py::object to_python_exception(const captured_error& e);

}  // namespace newslib::python
