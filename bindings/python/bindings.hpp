// Declarations shared by the sources of the newslib._newslib extension.
#pragma once

#include <pybind11/pybind11.h>

namespace newslib::python {

namespace py = pybind11;

// One function per concept; module.cpp calls them in dependency order.
void bind_errors(py::module_& m);
void bind_document(py::module_& m);
void bind_segment(py::module_& m);
void bind_summary(py::module_& m);
void bind_batch(py::module_& m);
void bind_keywords(py::module_& m);
void bind_rouge(py::module_& m);
void bind_language(py::module_& m);

/// Calls newslib._display.<function>(obj). Notebook HTML is written in Python,
/// where html.escape is at hand; the import happens on first use only.
py::object display(const char* function, py::handle obj);

}  // namespace newslib::python
