// The C++ types behind newslib's Python classes. Every one of them is
// immutable after construction; the Python-object members are caches touched
// only while the GIL is held.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include <pybind11/pybind11.h>
#include <pybind11/typing.h>

#include "doc_state.hpp"
#include "newslib/summarize.hpp"

namespace newslib::python {

namespace py = pybind11;

/// Python's datetime.date, named so in signatures and stubs.
class py_date : public py::object {
 public:
  PYBIND11_OBJECT_DEFAULT(py_date, object, PyObject_Type)
};

/// A calendar date as datetime.date; None when absent or outside years 1..9999.
[[nodiscard]] std::optional<py_date> to_date(const std::optional<newslib::calendar_date>& d);

/// newslib.Document.
class py_document {
 public:
  explicit py_document(doc_ptr state, py::object text = py::object())
      : state_(std::move(state)), text_(std::move(text)) {}
  // A copy or a move is another Python object: it shares the parse, not the
  // views, whose `doc` is the original.
  py_document(const py_document& other) : state_(other.state_), text_(other.text_) {}
  py_document(py_document&& other) noexcept
      : state_(std::move(other.state_)), text_(std::move(other.text_)) {}
  py_document& operator=(const py_document&) = delete;
  py_document& operator=(py_document&&) = delete;

  [[nodiscard]] const doc_ptr& state() const noexcept { return state_; }
  /// The text as a str, decoded on first use (or the caller's own str).
  [[nodiscard]] py::str text() const;
  /// The Tokens, Sentences and Paragraphs views this Document handed out, or
  /// null. Borrowed: a view holds its Document and clears its slot when it
  /// goes, so there is no reference cycle and no garbage collection to pay for.
  [[nodiscard]] std::array<PyObject*, 3>& views() const noexcept { return views_; }

 private:
  doc_ptr state_;
  mutable py::object text_;
  mutable std::array<PyObject*, 3> views_{};
};

struct summary_state {
  doc_ptr doc;
  newslib::summary summary;
};
using summary_ptr = std::shared_ptr<const summary_state>;

/// newslib.Summary.
class py_summary {
 public:
  explicit py_summary(summary_ptr state, py::object document = py::object())
      : state_(std::move(state)), document_(std::move(document)) {}

  [[nodiscard]] const summary_ptr& state() const noexcept { return state_; }
  /// The summarised Document: the caller's object when one was given.
  [[nodiscard]] py::object document() const;

 private:
  summary_ptr state_;
  mutable py::object document_;
};

/// One selected sentence of a summary.
struct py_summary_sentence {
  summary_ptr summary;
  std::size_t position = 0;  // into summary.selected
};

/// The type names the signatures (and so the stubs) show for text arguments.
using text_arg = py::typing::Union<py::str, py::bytes>;
using doc_or_text_arg = py::typing::Union<py_document, py::str, py::bytes>;

/// The document behind a `doc_or_text` argument: a Document's own state, or a
/// fresh parse of str/bytes (strict UTF-8) in `language`. A Document with a
/// `language` other than "auto" or its own raises InvalidArgumentError.
[[nodiscard]] doc_ptr document_of(py::handle doc_or_text, const std::string& language);

/// Pickling: the parse options as a tuple, and back.
[[nodiscard]] py::tuple parse_options_state(const newslib::parse_options& options);
[[nodiscard]] newslib::parse_options parse_options_from_state(const py::tuple& state);

/// Document pickle state `(1, text, options, replacements)` and its inverse.
[[nodiscard]] py::tuple document_state(const py_document& doc);
[[nodiscard]] py_document document_from_state(const py::tuple& state);

/// Summary options as summarize() takes them.
[[nodiscard]] newslib::summary_options make_summary_options(
    std::optional<long long> sentences, std::optional<double> ratio,
    std::optional<long long> words, std::optional<long long> chars, const std::string& algorithm,
    std::optional<double> redundancy, const std::string& order);

/// The `summarize()` keyword arguments that reproduce `options`.
[[nodiscard]] py::dict summary_options_kwargs(const newslib::summary_options& options);

}  // namespace newslib::python

namespace pybind11::detail {
template <>
struct handle_type_name<newslib::python::py_date> {
  static constexpr auto name = const_name("datetime.date");
};
}  // namespace pybind11::detail
