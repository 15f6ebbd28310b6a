// Token, Span (with Sentence and Paragraph) and the sequence views Tokens,
// Sentences and Paragraphs: the Python objects for a Document's units.
//
// They are plain CPython types rather than pybind11 classes because a token
// is made on every `doc.tokens[i]` and every step of an iteration: a pybind11
// instance costs a holder and an entry in pybind11's instance registry, a
// plain object one allocation. Each holds a strong reference to its Document
// (so `token.doc is doc`) and the Document's immutable parse.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include <pybind11/pybind11.h>

#include "doc_state.hpp"

namespace newslib::python {

namespace py = pybind11;

enum class unit_kind : std::uint8_t { token, sentence, paragraph };

/// Creates the types and adds them to the module (before Document, whose
/// signatures name them).
void bind_units(py::module_& m);

/// `count` units of `kind` from `first`, of the Document `doc` (whose parse is
/// `state`). `cache_slot`, when given, is the Document's borrowed pointer to
/// this view, which the view clears when it is freed.
[[nodiscard]] py::object make_view(py::handle doc, const doc_state& state, unit_kind kind,
                                   std::size_t first, std::size_t count,
                                   PyObject** cache_slot = nullptr);

/// The span of tokens [first, end) (end >= first, both within the document).
[[nodiscard]] py::object make_span(py::handle doc, const doc_state& state, std::size_t first,
                                   std::size_t end);

/// How char_span treats offsets inside a token (spaCy's `alignment_mode`).
enum class alignment { strict, contract, expand };
[[nodiscard]] alignment alignment_from_name(const std::string& name);

/// Tokens [first, end) covering the code points [start, end) under `mode`;
/// nullopt when no token qualifies (or, strictly, the offsets cut a token).
[[nodiscard]] std::optional<std::pair<std::size_t, std::size_t>> tokens_in_chars(
    const doc_state& state, std::size_t start, std::size_t end, alignment mode);

// Type names as the signatures (and so the stubs) show them; the objects
// come from this module, so there is nothing to check.
inline bool is_unit_object(PyObject*) noexcept { return true; }
#define NEWSLIB_UNIT_HANDLE(cls)                         \
  class cls : public py::object {                        \
   public:                                               \
    PYBIND11_OBJECT_DEFAULT(cls, object, is_unit_object) \
  };
NEWSLIB_UNIT_HANDLE(tokens_handle)
NEWSLIB_UNIT_HANDLE(sentences_handle)
NEWSLIB_UNIT_HANDLE(paragraphs_handle)
NEWSLIB_UNIT_HANDLE(span_handle)
NEWSLIB_UNIT_HANDLE(token_handle)
#undef NEWSLIB_UNIT_HANDLE

}  // namespace newslib::python

namespace pybind11::detail {
#define NEWSLIB_UNIT_NAME(cls, pyname)                    \
  template <>                                             \
  struct handle_type_name<newslib::python::cls> {         \
    static constexpr auto name = const_name(pyname);      \
  };
NEWSLIB_UNIT_NAME(tokens_handle, "Tokens")
NEWSLIB_UNIT_NAME(sentences_handle, "Sentences")
NEWSLIB_UNIT_NAME(paragraphs_handle, "Paragraphs")
NEWSLIB_UNIT_NAME(span_handle, "Span")
NEWSLIB_UNIT_NAME(token_handle, "Token")
#undef NEWSLIB_UNIT_NAME
}  // namespace pybind11::detail
