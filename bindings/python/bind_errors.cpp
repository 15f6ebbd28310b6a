// Exception classes: newslib::error and its subclasses map onto Python classes
// that derive from ValueError (the input is at fault), except the missing ICU
// backend, which is also a RuntimeError.
#include <exception>
#include <new>

#include "bindings.hpp"
#include "errors.hpp"

namespace newslib::python {
namespace {

// Created once at import and kept for the life of the interpreter.
PyObject* newslib_error = nullptr;
PyObject* invalid_utf8_error = nullptr;
PyObject* invalid_encoding_error = nullptr;
PyObject* input_too_large_error = nullptr;
PyObject* invalid_argument_error = nullptr;
PyObject* backend_unavailable_error = nullptr;

PyObject* new_exception(py::module_& m, const char* name, PyObject* bases, const char* doc) {
  const std::string qualified = std::string("newslib._newslib.") + name;
  PyObject* type = PyErr_NewExceptionWithDoc(qualified.c_str(), doc, bases, nullptr);
  if (type == nullptr) throw py::error_already_set();
  m.add_object(name, py::handle(type));  // the module holds one reference
  py::handle(type).inc_ref();             // and the static pointer another
  return type;
}

PyObject* class_of(captured_error::kind kind) {
  using k = captured_error::kind;
  switch (kind) {
    case k::invalid_utf8: return invalid_utf8_error;
    case k::invalid_encoding: return invalid_encoding_error;
    case k::input_too_large: return input_too_large_error;
    case k::invalid_argument: return invalid_argument_error;
    case k::backend_unavailable: return backend_unavailable_error;
    case k::library: return newslib_error;
    case k::value: return PyExc_ValueError;
    case k::type: return PyExc_TypeError;
    case k::memory: return PyExc_MemoryError;
    case k::runtime: return PyExc_RuntimeError;
  }
  return PyExc_RuntimeError;
}

}  // namespace

captured_error capture_current_exception() noexcept {
  captured_error out;
  using k = captured_error::kind;
  try {
    throw;
  } catch (const located_invalid_utf8& e) {
    out.type = k::invalid_utf8;
    out.offset = e.offset();
    out.char_offset = e.char_offset();
    out.message = e.what();
  } catch (const newslib::invalid_utf8& e) {
    out.type = k::invalid_utf8;
    out.offset = e.offset();
    out.message = e.what();
  } catch (const newslib::invalid_encoding& e) {
    out.type = k::invalid_encoding;
    out.offset = e.offset();
    out.encoding = e.encoding();
    out.message = e.what();
  } catch (const newslib::input_too_large& e) {
    out.type = k::input_too_large;
    out.message = e.what();
  } catch (const newslib::invalid_argument& e) {
    out.type = k::invalid_argument;
    out.argument = e.argument();
    out.message = e.what();
  } catch (const newslib::backend_unavailable& e) {
    out.type = k::backend_unavailable;
    out.message = e.what();
  } catch (const newslib::error& e) {
    out.type = k::library;
    out.message = e.what();
  } catch (const std::bad_alloc&) {
    out.type = k::memory;
    out.message = "out of memory";
  } catch (const std::exception& e) {
    out.type = k::runtime;
    out.message = e.what();
  } catch (...) {
    out.type = k::runtime;
    out.message = "unknown C++ exception";
  }
  return out;
}

py::object to_python_exception(const captured_error& e) {
  py::object exc = py::reinterpret_borrow<py::object>(class_of(e.type))(e.message);
  if (e.type == captured_error::kind::invalid_utf8) {
    exc.attr("offset") = py::int_(e.offset);
    exc.attr("char_offset") = e.char_offset ? py::object(py::int_(*e.char_offset)) : py::none();
  } else if (e.type == captured_error::kind::invalid_encoding) {
    exc.attr("offset") = py::int_(e.offset);
    exc.attr("encoding") = e.encoding;
  } else if (e.type == captured_error::kind::invalid_argument) {
    exc.attr("argument") = e.argument;
  }
  return exc;
}

void bind_errors(py::module_& m) {
  newslib_error = new_exception(m, "NewslibError", PyExc_ValueError, R"pbdoc(
Base class of the errors newslib raises about its input (a ValueError).

Example:
    >>> try:
    ...     newslib.Document(b"caf\xe9")
    ... except newslib.NewslibError as e:
    ...     print(type(e).__name__)
    InvalidUTF8Error
)pbdoc");
  invalid_utf8_error = new_exception(m, "InvalidUTF8Error", newslib_error, R"pbdoc(
The text is not valid UTF-8 (bytes), or is a str holding lone surrogates.

Attributes:
    offset: byte offset of the first bad byte in the UTF-8 encoding.
    char_offset: index of the bad character in the caller's text (for bytes:
        the number of good characters before it), or None if unknown.

Example:
    >>> try:
    ...     newslib.Document(b"ab\xffcd")
    ... except newslib.InvalidUTF8Error as e:
    ...     print(e.offset, e.char_offset)
    2 2
)pbdoc");
  invalid_encoding_error = new_exception(m, "InvalidEncodingError", newslib_error, R"pbdoc(
The bytes are not valid in the encoding they were decoded from (any encoding
but UTF-8, which raises InvalidUTF8Error).

Attributes:
    offset: offset of the first bad byte in the original bytes.
    encoding: canonical name of the encoding, such as ``"ISO-8859-3"``.

Example:
    >>> try:
    ...     newslib.Document(b"ab\xa5cd", encoding="iso-8859-3")
    ... except newslib.InvalidEncodingError as e:
    ...     print(e.offset, e.encoding)
    2 ISO-8859-3
)pbdoc");
  input_too_large_error = new_exception(m, "InputTooLargeError", newslib_error, R"pbdoc(
The text is larger than the ``max_bytes`` limit.

Example:
    >>> newslib.Document("x" * 100, max_bytes=10)
    Traceback (most recent call last):
    InputTooLargeError: ...
)pbdoc");
  invalid_argument_error = new_exception(m, "InvalidArgumentError", newslib_error, R"pbdoc(
An option has a value outside its allowed set (a ValueError).

Attributes:
    argument: the name of the offending argument, such as ``"ratio"``.

Example:
    >>> try:
    ...     newslib.summarize("One. Two.", ratio=2.0)
    ... except newslib.InvalidArgumentError as e:
    ...     print(e.argument)
    ratio
)pbdoc");
  py::tuple runtime_bases =
      py::make_tuple(py::handle(newslib_error), py::handle(PyExc_RuntimeError));
  backend_unavailable_error =
      new_exception(m, "BackendUnavailableError", runtime_bases.ptr(), R"pbdoc(
Part of the Unicode backend newslib needs is missing: ICU's normalisation data,
or a converter for the requested charset in this build of ICU or Boost.Locale.
It is a RuntimeError as well as a NewslibError: no input can avoid it.
)pbdoc");

  // Defaults, so that instances made in Python have the attributes too.
  py::handle(invalid_utf8_error).attr("offset") = py::none();
  py::handle(invalid_utf8_error).attr("char_offset") = py::none();
  py::handle(invalid_argument_error).attr("argument") = py::none();
  py::handle(invalid_encoding_error).attr("offset") = py::none();
  py::handle(invalid_encoding_error).attr("encoding") = py::none();

  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const newslib::error&) {
      const captured_error e = capture_current_exception();
      py::object exc = to_python_exception(e);
      PyErr_SetObject(class_of(e.type), exc.ptr());
    }
  });
}

}  // namespace newslib::python
