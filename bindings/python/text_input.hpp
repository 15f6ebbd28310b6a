// Python text (str or bytes) in, UTF-8 bytes out, with offsets that Python
// understands: str indices count code points, C++ spans count bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <pybind11/pybind11.h>

#include "newslib/document.hpp"
#include "newslib/error.hpp"

namespace newslib::python {

namespace py = pybind11;

/// A half-open range of code points, [start, end).
struct char_span {
  std::size_t start = 0;
  std::size_t end = 0;
  friend bool operator==(char_span a, char_span b) noexcept {
    return a.start == b.start && a.end == b.end;
  }
};

struct text_input {
  std::string utf8;
  /// Code points of a str that were lone surrogates and became U+FFFD (errors="replace").
  std::vector<char_span> replaced;
  /// True when the caller passed a str whose UTF-8 form is exactly `utf8`.
  bool unchanged_str = false;
};

/// True for the accepted text types: str, bytes and bytearray.
[[nodiscard]] bool is_text(py::handle obj);

/// Encodes a str as UTF-8 or copies bytes as they are (bytes are validated
/// later, by the parser). A str with lone surrogates raises InvalidUTF8Error
/// for utf8_errors::strict and has them replaced by U+FFFD otherwise.
/// Input over `max_bytes` raises InputTooLargeError; anything but text raises
/// TypeError naming `argument`.
[[nodiscard]] text_input to_utf8(py::handle obj, newslib::utf8_errors errors,
                                 std::size_t max_bytes, const char* argument);

/// to_utf8 for the immutable text types, str and bytes. It reads nothing but
/// the object's own buffer, so it may run without the GIL while a reference
/// keeps `obj` alive (summarize_many encodes on its worker threads).
[[nodiscard]] text_input immutable_to_utf8(PyObject* obj, newslib::utf8_errors errors,
                                           std::size_t max_bytes);

/// to_utf8 with strict errors and no size limit, checking bytes too: for
/// functions that take text without parsing a Document.
[[nodiscard]] text_input to_valid_utf8(py::handle obj, const char* argument);

/// Number of code points in valid UTF-8.
[[nodiscard]] std::size_t count_chars(std::string_view utf8) noexcept;

/// Rethrows `e`, raised while parsing `source`, with the character index of
/// the bad byte added (`source` is the caller's object; GIL held).
[[noreturn]] void rethrow_located(const newslib::invalid_utf8& e, py::handle source);

/// At most `max_chars` code points of valid UTF-8, for reprs: line breaks and
/// tabs become spaces, and an ellipsis marks a cut.
[[nodiscard]] std::string preview(std::string_view utf8, std::size_t max_chars);

/// Decodes a slice of valid UTF-8 into a Python str.
[[nodiscard]] py::str to_str(std::string_view utf8);

}  // namespace newslib::python
