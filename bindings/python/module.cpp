// The newslib._newslib extension module: thin bindings over the C++ library.
#include <pybind11/pybind11.h>

#include "bindings.hpp"
#include "newslib/thread_caches.hpp"
#include "newslib/version.hpp"
#include "units.hpp"

namespace newslib::python {

py::object display(const char* function, py::handle obj) {
  return py::module_::import("newslib._display").attr(function)(obj);
}

}  // namespace newslib::python

PYBIND11_MODULE(_newslib, m) {
  namespace nlp = newslib::python;
  m.doc() =
      "Compiled core of newslib. Import ``newslib`` rather than this module: it\n"
      "re-exports everything here and adds the pandas, Dask and Spark helpers.";
  m.attr("__version__") = NEWSLIB_VERSION_STRING;

  nlp::bind_errors(m);
  nlp::bind_language(m);
  nlp::bind_units(m);
  nlp::bind_document(m);
  nlp::bind_segment(m);
  nlp::bind_summary(m);
  nlp::bind_batch(m);
  nlp::bind_keywords(m);
  nlp::bind_rouge(m);

  m.def("release_thread_caches", &newslib::release_thread_caches, R"pbdoc(
Frees the memory newslib keeps for the calling thread between calls (term
lexicons, stemmers, parsing and summarising buffers). Results never depend on
it; the next call on the thread rebuilds what it needs, a little slower. For
long-running services, after a burst of work. Threads of the batch calls
(summarize_many, keywords_many) keep their own.

Example:
    >>> newslib.release_thread_caches()
)pbdoc");
}
