// newslib.keywords and the Keyword value.
#include <pybind11/stl.h>

#include <algorithm>
#include <string>
#include <vector>

#include "bindings.hpp"
#include "newslib/error.hpp"
#include "newslib/keywords.hpp"
#include "py_types.hpp"

namespace newslib::python {
namespace {

constexpr int pickle_version = 1;

/// A keyphrase with its occurrences as str indices (a plain value).
struct py_keyword {
  std::string text;
  std::string key;
  double score = 0;
  std::vector<std::pair<std::size_t, std::size_t>> occurrences;
};

bool operator==(const py_keyword& a, const py_keyword& b) {
  return a.text == b.text && a.key == b.key && a.score == b.score &&
         a.occurrences == b.occurrences;
}

py::tuple keyword_state(const py_keyword& k) {
  return py::make_tuple(pickle_version, k.text, k.key, k.score, k.occurrences);
}

py_keyword keyword_from_state(const py::tuple& t) {
  if (t.size() < 1 || !py::isinstance<py::int_>(t[0]) || t[0].cast<int>() != pickle_version) {
    throw py::value_error("cannot unpickle Keyword: unsupported pickle version " +
                          (t.size() ? std::string(py::repr(t[0])) : std::string("(empty)")));
  }
  if (t.size() != 5) throw py::value_error("cannot unpickle Keyword: malformed state");
  return {t[1].cast<std::string>(), t[2].cast<std::string>(), t[3].cast<double>(),
          t[4].cast<std::vector<std::pair<std::size_t, std::size_t>>>()};
}

}  // namespace

void bind_keywords(py::module_& m) {
  m.def("keyword_algorithms", &newslib::keyword_algorithms, R"pbdoc(
Names of the keyword algorithms.

Example:
    >>> "textrank" in newslib.keyword_algorithms()
    True
)pbdoc");

  py::class_<py_keyword>(m, "Keyword", R"pbdoc(
A keyphrase of a document.

Attributes:
    text: the phrase as it first appears.
    key: its normalised form (used to merge variants).
    score: higher is better (comparable within one call only).
    occurrences: (start, end) str indices of every place it appears in the body.
)pbdoc")
      .def(py::init([](std::string text, std::string key, double score,
                       std::vector<std::pair<std::size_t, std::size_t>> occurrences) {
             return py_keyword{std::move(text), std::move(key), score, std::move(occurrences)};
           }),
           py::arg("text"), py::arg("key"), py::arg("score"),
           py::arg("occurrences") = std::vector<std::pair<std::size_t, std::size_t>>{})
      .def_readonly("text", &py_keyword::text)
      .def_readonly("key", &py_keyword::key)
      .def_readonly("score", &py_keyword::score)
      .def_readonly("occurrences", &py_keyword::occurrences)
      .def("__eq__", [](const py_keyword& a, const py_keyword& b) { return a == b; },
           py::is_operator(), py::arg("other"))
      .def("__hash__", [](const py_keyword& k) { return py::hash(keyword_state(k)); })
      .def("__repr__", [](const py_keyword& k) {
        return "Keyword(" + std::string(py::repr(py::str(k.text))) + ", score=" +
               std::string(py::repr(py::float_(k.score))) + ", occurrences=" +
               std::to_string(k.occurrences.size()) + ")";
      })
      .def(py::pickle(&keyword_state, &keyword_from_state));

  m.def(
      "keywords",
      [](const doc_or_text_arg& doc_or_text, long long top, const std::string& algorithm,
         const std::string& language) {
        if (top < 1) {
          throw newslib::invalid_argument("top",
                                          "top must be at least 1, got " + std::to_string(top));
        }
        newslib::keyword_options options;
        options.top = static_cast<std::size_t>(top);
        options.algorithm = algorithm;
        newslib::check_keyword_options(options);  // before the text is parsed
        doc_ptr doc = document_of(doc_or_text, language);
        std::vector<py_keyword> out;
        {
          py::gil_scoped_release release;
          for (newslib::keyword& k : newslib::keywords(doc->doc(), options)) {
            py_keyword pk{std::move(k.text), std::move(k.key), k.score, {}};
            pk.occurrences.reserve(k.occurrences.size());
            for (const newslib::span& s : k.occurrences) {
              const char_span cs = doc->to_chars(s);
              pk.occurrences.emplace_back(cs.start, cs.end);
            }
            out.push_back(std::move(pk));
          }
        }
        return out;
      },
      py::arg("doc_or_text"), py::arg("top") = 10, py::arg("algorithm") = "default",
      py::arg("language") = "auto", R"pbdoc(
The document's best keyphrases, best first, without near-duplicates.

Args:
    doc_or_text: a Document, or the article as str / UTF-8 bytes.
    top: how many keyphrases at most.
    algorithm: one of newslib.keyword_algorithms(), or "default".
    language: for text input: ISO 639-1 code, or "auto".

Returns:
    list[Keyword]: each with text, key, score and occurrences (str indices).

Example:
    >>> doc = newslib.Document(article)                          # doctest: +SKIP
    >>> [k.text for k in newslib.keywords(doc, top=3)]           # doctest: +SKIP
    ['city council', 'budget', 'schools']
)pbdoc");
}

}  // namespace newslib::python
