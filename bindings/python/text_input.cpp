#include "text_input.hpp"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <optional>
#include <string>

#include "errors.hpp"
#include "newslib/error.hpp"

namespace newslib::python {
namespace {

// Writes the UTF-8 of one code point (not a surrogate); returns the end.
char* put_utf8(std::uint32_t cp, char* out) noexcept {
  if (cp < 0x80) {
    *out++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out++ = static_cast<char>(0xC0 | (cp >> 6));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out++ = static_cast<char>(0xE0 | (cp >> 12));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out++ = static_cast<char>(0xF0 | (cp >> 18));
    *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

void append_utf8(std::string& out, std::uint32_t cp) {
  char buffer[4];
  out.append(buffer, static_cast<std::size_t>(put_utf8(cp, buffer) - buffer));
}

// Mask of the bits that are zero in a 64-bit word of ASCII code units.
template <class Unit>
constexpr std::uint64_t non_ascii_bits() noexcept {
  std::uint64_t mask = 0;
  for (std::size_t i = 0; i < 8 / sizeof(Unit); ++i) {
    mask |= (~std::uint64_t{0x7F} & (~std::uint64_t{0} >> (64 - 8 * sizeof(Unit))))
            << (8 * sizeof(Unit) * i);
  }
  return mask;
}

// True when the 64 bits at `units` hold ASCII code units only. News text is
// mostly ASCII even in a wide str, so both passes below skip such words.
template <class Unit>
bool ascii_word(const Unit* units) noexcept {
  std::uint64_t word;
  std::memcpy(&word, units, sizeof word);
  return (word & non_ascii_bits<Unit>()) == 0;
}

bool is_surrogate(std::uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

// Bytes of UTF-8 for a str's code units, or nothing when they hold a lone
// surrogate (which UTF-8 cannot encode).
template <class Unit>
std::optional<std::size_t> utf8_size(const Unit* units, std::size_t n) noexcept {
  constexpr std::size_t word_units = 8 / sizeof(Unit);
  std::size_t size = n;
  bool surrogate = false;
  std::size_t i = 0;
  while (i < n) {
    if (i + word_units <= n && ascii_word(units + i)) {
      i += word_units;
      continue;
    }
    const std::uint32_t cp = units[i++];
    size += static_cast<std::size_t>(cp >= 0x80) + (cp >= 0x800) + (cp >= 0x10000);
    if constexpr (sizeof(Unit) > 1) surrogate |= is_surrogate(cp);
  }
  if (surrogate) return std::nullopt;
  return size;
}

std::string too_large_message(std::size_t size, std::size_t max_bytes) {
  return "the text is " + std::to_string(size) + " bytes, more than max_bytes=" +
         std::to_string(max_bytes);
}

// Encodes a str's code units into `out`, sized exactly; false (and `out`
// untouched) when they hold a lone surrogate, which UTF-8 cannot encode.
template <class Unit>
bool encode_units(const Unit* units, std::size_t n, std::size_t max_bytes, std::string& out) {
  const std::optional<std::size_t> size = utf8_size(units, n);
  if (!size) return false;
  if (*size > max_bytes) throw newslib::input_too_large(too_large_message(*size, max_bytes));
  out.resize(*size);
  constexpr std::size_t word_units = 8 / sizeof(Unit);
  char* end = out.data();
  std::size_t i = 0;
  while (i < n) {
    if (i + word_units <= n && ascii_word(units + i)) {
      for (std::size_t k = 0; k < word_units; ++k) end[k] = static_cast<char>(units[i + k]);
      end += word_units;
      i += word_units;
      continue;
    }
    end = put_utf8(units[i++], end);
  }
  return true;
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
  if (PyUnicode_Check(p) || PyBytes_Check(p)) return immutable_to_utf8(p, errors, max_bytes);
  if (!PyByteArray_Check(p)) {
    throw py::type_error(std::string(argument) + " must be str or bytes, not " +
                         std::string(Py_TYPE(p)->tp_name));
  }
  const auto size = static_cast<std::size_t>(PyByteArray_GET_SIZE(p));
  if (size > max_bytes) throw newslib::input_too_large(too_large_message(size, max_bytes));
  text_input out;
  out.utf8.assign(PyByteArray_AS_STRING(p), size);
  return out;
}

text_input immutable_to_utf8(PyObject* p, newslib::utf8_errors errors, std::size_t max_bytes) {
  text_input out;
  if (PyBytes_Check(p)) {
    const auto size = static_cast<std::size_t>(PyBytes_GET_SIZE(p));
    if (size > max_bytes) throw newslib::input_too_large(too_large_message(size, max_bytes));
    out.utf8.assign(PyBytes_AS_STRING(p), size);
    return out;
  }
  // UTF-8 never has fewer bytes than code points: refuse huge input before copying it.
  const auto length = static_cast<std::size_t>(PyUnicode_GET_LENGTH(p));
  if (length > max_bytes) throw newslib::input_too_large(too_large_message(length, max_bytes));
  out.unchanged_str = PyUnicode_CheckExact(p);
  const void* data = PyUnicode_DATA(p);
  if (PyUnicode_IS_ASCII(p)) {
    out.utf8.assign(static_cast<const char*>(data), length);
    return out;
  }
  bool encoded = false;
  switch (PyUnicode_KIND(p)) {
    case PyUnicode_1BYTE_KIND:
      encoded = encode_units(static_cast<const Py_UCS1*>(data), length, max_bytes, out.utf8);
      break;
    case PyUnicode_2BYTE_KIND:
      encoded = encode_units(static_cast<const Py_UCS2*>(data), length, max_bytes, out.utf8);
      break;
    default:
      encoded = encode_units(static_cast<const Py_UCS4*>(data), length, max_bytes, out.utf8);
      break;
  }
  if (!encoded) out = encode_with_surrogates(p, errors, max_bytes);
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
