// Layouts and constructors of the unit objects, shared by unit_objects.cpp
// (Token, Span, Sentence, Paragraph) and unit_views.cpp (the sequences).
#pragma once

#include <Python.h>

#include <cstddef>
#include <cstdint>

#include "doc_state.hpp"
#include "units.hpp"

namespace newslib::python::units {

// Every object holds a strong reference to its Document, which owns `state`:
// the raw pointer saves a lookup through pybind11 on every access.
struct token_object {
  PyObject_HEAD
  PyObject* doc;
  const doc_state* state;
  std::uint32_t index;
};

/// Span, Sentence and Paragraph: tokens [first, end) and the bytes they cover
/// (a sentence's bytes are its own, which may reach past its last token).
struct span_object {
  PyObject_HEAD
  PyObject* doc;
  const doc_state* state;
  std::uint32_t first, end;
  std::uint32_t begin_byte, end_byte;
  std::uint32_t index;  // Sentence and Paragraph: position among their kind
};

struct view_object {
  PyObject_HEAD
  PyObject* doc;
  const doc_state* state;
  PyObject** cache_slot;  // the Document's pointer to this view, or null
  unit_kind kind;
  std::uint32_t first, count;
};

extern PyTypeObject* token_type;
extern PyTypeObject* span_type;
extern PyTypeObject* sentence_type;
extern PyTypeObject* paragraph_type;

/// New references; nullptr with an exception set on failure.
PyObject* new_token(PyObject* doc, const doc_state* state, std::size_t index);
PyObject* new_sentence(PyObject* doc, const doc_state* state, std::size_t index);
PyObject* new_paragraph(PyObject* doc, const doc_state* state, std::size_t index);
PyObject* new_span(PyObject* doc, const doc_state* state, std::size_t first, std::size_t end);
PyObject* new_view(PyObject* doc, const doc_state* state, unit_kind kind, std::size_t first,
                   std::size_t count, PyObject** cache_slot = nullptr);

inline PyObject* new_unit(unit_kind kind, PyObject* doc, const doc_state* state,
                          std::size_t index) {
  switch (kind) {
    case unit_kind::token: return new_token(doc, state, index);
    case unit_kind::sentence: return new_sentence(doc, state, index);
    case unit_kind::paragraph: return new_paragraph(doc, state, index);
  }
  return nullptr;
}

/// Number of units of `kind` in the document.
std::size_t unit_count(const doc_state& state, unit_kind kind) noexcept;

/// slice(start, stop), a new reference; for __reduce__.
PyObject* new_slice(std::size_t start, std::size_t stop);

/// `operator.getitem` and `getattr`, for __reduce__ (borrowed references).
PyObject* getitem_function();
PyObject* getattr_function();

void add_object_types(PyObject* module);
void add_view_types(PyObject* module);

}  // namespace newslib::python::units
