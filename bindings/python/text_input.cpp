#include "text_input.hpp"

#include <cstdio>
#include <limits>
#include <string>

#include "errors.hpp"
#include "newslib/error.hpp"

namespace newslib::python {
namespace {

void append_utf8(std::string& out, Py_UCS4 cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool is_surrogate(Py_UCS4 cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

std::string too_large_message(std::size_t size, std::size_t max_bytes) {
  return "the text is " + std::to_string(size) + " bytes, more than max_bytes=" +
         std::to_string(max_bytes);
}

// The slow path for a str that strict UTF-8 encoding refused: it holds lone
// surrogates. Walks the code points once, so offsets come out exactly.
text_input encode_with_surrogates(PyObject* obj, newslib::utf8_errors errors,
                                  std::size_t max_bytes) {
  text_input out;
  const Py_ssize_t n = PyUnicode_GET_LENGTH(obj);
  const int kind = PyUnicode_KIND(obj);
  const void* data = PyUnicode_DATA(obj);
  out.utf8.reserve(static_cast<std::size_t>(n) + 16);
  for (Py_ssize_t i = 0; i < n; ++i) {
    const Py_UCS4 cp = PyUnicode_READ(kind, data, i);
    if (!is_surrogate(cp)) {
      append_utf8(out.utf8, cp);
      continue;
    }
    const auto index = static_cast<std::size_t>(i);
    if (errors == newslib::utf8_errors::strict) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(cp));
      throw located_invalid_utf8(out.utf8.size(), index,
                                 "invalid UTF-8: lone surrogate U+" + std::string(hex) +
                                     " at character " + std::to_string(index) + " (byte " +
                                     std::to_string(out.utf8.size()) + ")");
    }
    // One code point in, one U+FFFD out: character offsets stay the same.
    append_utf8(out.utf8, 0xFFFD);
    out.replaced.push_back({index, index + 1});
  }
  if (out.utf8.size() > max_bytes) {
    throw newslib::input_too_large(too_large_message(out.utf8.size(), max_bytes));
  }
  return out;
}

}  // namespace

bool is_text(py::handle obj) {
  return PyUnicode_Check(obj.ptr()) || PyBytes_Check(obj.ptr()) || PyByteArray_Check(obj.ptr());
}

text_input to_utf8(py::handle obj, newslib::utf8_errors errors, std::size_t max_bytes,
                   const char* argument) {
  PyObject* p = obj.ptr();
  text_input out;
  if (PyUnicode_Check(p)) {
    // UTF-8 never has fewer bytes than code points: refuse huge input before copying it.
    const auto length = static_cast<std::size_t>(PyUnicode_GET_LENGTH(p));
    if (length > max_bytes) throw newslib::input_too_large(too_large_message(length, max_bytes));
    if (PyUnicode_IS_ASCII(p)) {
      out.utf8.assign(static_cast<const char*>(PyUnicode_DATA(p)), length);
      out.unchanged_str = PyUnicode_CheckExact(p);
      return out;
    }
    // A temporary bytes object: PyUnicode_AsUTF8AndSize would keep a second
    // copy of a long article alive inside the caller's str.
    PyObject* encoded = PyUnicode_AsUTF8String(p);
    if (encoded == nullptr) {
      if (!PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) throw py::error_already_set();
      PyErr_Clear();
      return encode_with_surrogates(p, errors, max_bytes);
    }
    const py::bytes bytes = py::reinterpret_steal<py::bytes>(encoded);
    out.utf8.assign(PyBytes_AS_STRING(encoded),
                    static_cast<std::size_t>(PyBytes_GET_SIZE(encoded)));
    if (out.utf8.size() > max_bytes) {
      throw newslib::input_too_large(too_large_message(out.utf8.size(), max_bytes));
    }
    out.unchanged_str = PyUnicode_CheckExact(p);
    return out;
  }
  const char* data = nullptr;
  std::size_t size = 0;
  if (PyBytes_Check(p)) {
    data = PyBytes_AS_STRING(p);
    size = static_cast<std::size_t>(PyBytes_GET_SIZE(p));
  } else if (PyByteArray_Check(p)) {
    data = PyByteArray_AS_STRING(p);
    size = static_cast<std::size_t>(PyByteArray_GET_SIZE(p));
  } else {
    throw py::type_error(std::string(argument) + " must be str or bytes, not " +
                         std::string(Py_TYPE(p)->tp_name));
  }
  if (size > max_bytes) throw newslib::input_too_large(too_large_message(size, max_bytes));
  out.utf8.assign(data, size);
  return out;
}

text_input to_valid_utf8(py::handle obj, const char* argument) {
  text_input input = to_utf8(obj, newslib::utf8_errors::strict,
                             std::numeric_limits<std::size_t>::max(), argument);
  if (PyUnicode_Check(obj.ptr())) return input;  // encoded by us: valid
  // Python's own strict decoder finds the first bad byte.
  PyObject* decoded = PyUnicode_DecodeUTF8(input.utf8.data(),
                                           static_cast<Py_ssize_t>(input.utf8.size()), "strict");
  if (decoded != nullptr) {
    Py_DECREF(decoded);
    return input;
  }
  if (!PyErr_ExceptionMatches(PyExc_UnicodeDecodeError)) throw py::error_already_set();
  PyObject *type = nullptr, *value = nullptr, *trace = nullptr;
  PyErr_Fetch(&type, &value, &trace);
  PyErr_NormalizeException(&type, &value, &trace);
  Py_ssize_t start = 0;
  const bool located = value != nullptr && PyUnicodeDecodeError_GetStart(value, &start) == 0;
  Py_XDECREF(type);
  Py_XDECREF(value);
  Py_XDECREF(trace);
  if (!located) PyErr_Clear();
  const auto byte = static_cast<std::size_t>(start);
  throw located_invalid_utf8(byte, count_chars(std::string_view(input.utf8).substr(0, byte)),
                             std::string(argument) + " is not valid UTF-8: bad byte at offset " +
                                 std::to_string(byte));
}

std::size_t count_chars(std::string_view utf8) noexcept {
  std::size_t n = 0;
  for (const char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

void rethrow_located(const newslib::invalid_utf8& e, py::handle source) {
  PyObject* p = source.ptr();
  std::string_view bytes;
  if (PyBytes_Check(p)) {
    bytes = std::string_view(PyBytes_AS_STRING(p), static_cast<std::size_t>(PyBytes_GET_SIZE(p)));
  } else if (PyByteArray_Check(p)) {
    bytes = std::string_view(PyByteArray_AS_STRING(p),
                             static_cast<std::size_t>(PyByteArray_GET_SIZE(p)));
  }
  if (e.offset() > bytes.size()) throw e;
  // Everything before the first bad byte is valid, so it counts as characters.
  throw located_invalid_utf8(e.offset(), count_chars(bytes.substr(0, e.offset())), e.what());
}

std::string preview(std::string_view text, std::size_t max_chars) {
  std::size_t chars = 0, i = 0;
  while (i < text.size() && chars < max_chars) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
    ++chars;
  }
  std::string out(text.substr(0, i));
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  if (i < text.size()) out += "\xE2\x80\xA6";  // U+2026 HORIZONTAL ELLIPSIS
  return out;
}

py::str to_str(std::string_view utf8) { return py::str(utf8.data(), utf8.size()); }

}  // namespace newslib::python
