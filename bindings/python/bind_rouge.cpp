// newslib.rouge and its score values.
#include <pybind11/stl.h>

#include <string>

#include "bindings.hpp"
#include "newslib/rouge.hpp"
#include "py_types.hpp"
#include "text_input.hpp"

namespace newslib::python {
namespace {

constexpr int pickle_version = 1;

void check_version(const py::tuple& t, std::size_t size, const char* type) {
  if (t.size() < 1 || !py::isinstance<py::int_>(t[0]) || t[0].cast<int>() != pickle_version) {
    throw py::value_error(std::string("cannot unpickle ") + type +
                          ": unsupported pickle version " +
                          (t.size() ? std::string(py::repr(t[0])) : std::string("(empty)")));
  }
  if (t.size() != size) {
    throw py::value_error(std::string("cannot unpickle ") + type + ": malformed state");
  }
}

py::dict score_dict(const newslib::rouge_score& s) {
  py::dict d;
  d["precision"] = s.precision;
  d["recall"] = s.recall;
  d["f1"] = s.f1;
  return d;
}

std::string score_repr(const newslib::rouge_score& s) {
  auto f = [](double x) { return std::string(py::repr(py::float_(x))); };
  return "RougeScore(precision=" + f(s.precision) + ", recall=" + f(s.recall) +
         ", f1=" + f(s.f1) + ")";
}

bool same(const newslib::rouge_score& a, const newslib::rouge_score& b) {
  return a.precision == b.precision && a.recall == b.recall && a.f1 == b.f1;
}

bool same_scores(const newslib::rouge_scores& a, const newslib::rouge_scores& b) {
  return same(a.rouge1, b.rouge1) && same(a.rouge2, b.rouge2) && same(a.rougeL, b.rougeL) &&
         same(a.rougeLsum, b.rougeLsum);
}

py::tuple score_state(const newslib::rouge_score& s) {
  return py::make_tuple(pickle_version, s.precision, s.recall, s.f1);
}

newslib::rouge_score score_from_state(const py::tuple& t) {
  check_version(t, 4, "RougeScore");
  return {t[1].cast<double>(), t[2].cast<double>(), t[3].cast<double>()};
}

py::tuple scores_state(const newslib::rouge_scores& s) {
  auto triple = [](const newslib::rouge_score& x) {
    return py::make_tuple(x.precision, x.recall, x.f1);
  };
  return py::make_tuple(pickle_version, triple(s.rouge1), triple(s.rouge2), triple(s.rougeL),
                        triple(s.rougeLsum));
}

newslib::rouge_scores scores_from_state(const py::tuple& t) {
  check_version(t, 5, "RougeScores");
  auto triple = [](py::handle h) {
    auto [p, r, f] = h.cast<std::tuple<double, double, double>>();
    return newslib::rouge_score{p, r, f};
  };
  return {triple(t[1]), triple(t[2]), triple(t[3]), triple(t[4])};
}

const newslib::rouge_score& score_named(const newslib::rouge_scores& s, const std::string& name) {
  if (name == "rouge1") return s.rouge1;
  if (name == "rouge2") return s.rouge2;
  if (name == "rougeL") return s.rougeL;
  if (name == "rougeLsum") return s.rougeLsum;
  throw py::key_error(name);
}

}  // namespace

void bind_rouge(py::module_& m) {
  py::class_<newslib::rouge_score>(m, "RougeScore", R"pbdoc(
Precision, recall and F1 of one ROUGE variant (each in [0, 1]).
)pbdoc")
      .def(py::init([](double precision, double recall, double f1) {
             return newslib::rouge_score{precision, recall, f1};
           }),
           py::arg("precision"), py::arg("recall"), py::arg("f1"))
      .def_readonly("precision", &newslib::rouge_score::precision)
      .def_readonly("recall", &newslib::rouge_score::recall)
      .def_readonly("f1", &newslib::rouge_score::f1)
      .def("to_dict", [](const newslib::rouge_score& s) {
        return py::typing::Dict<py::str, float>(score_dict(s));
      }, "{'precision': ..., 'recall': ..., 'f1': ...}")
      .def("__eq__", &same, py::is_operator(), py::arg("other"))
      .def("__hash__", [](const newslib::rouge_score& s) { return py::hash(score_state(s)); })
      .def("__repr__", &score_repr)
      .def(py::pickle(&score_state, &score_from_state));

  py::class_<newslib::rouge_scores>(m, "RougeScores", R"pbdoc(
ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum of a candidate against a reference.

Example:
    >>> r = newslib.rouge("the cat sat on the mat", "the cat lay on the mat")
    >>> round(r.rouge1.f1, 3), r["rouge2"].recall
    (0.833, 0.6)
)pbdoc")
      .def_readonly("rouge1", &newslib::rouge_scores::rouge1)
      .def_readonly("rouge2", &newslib::rouge_scores::rouge2)
      .def_readonly("rougeL", &newslib::rouge_scores::rougeL)
      .def_readonly("rougeLsum", &newslib::rouge_scores::rougeLsum)
      .def("__getitem__", &score_named, py::arg("name"), py::return_value_policy::copy)
      .def("to_dict", [](const newslib::rouge_scores& s) {
        py::dict d;
        d["rouge1"] = score_dict(s.rouge1);
        d["rouge2"] = score_dict(s.rouge2);
        d["rougeL"] = score_dict(s.rougeL);
        d["rougeLsum"] = score_dict(s.rougeLsum);
        return py::typing::Dict<py::str, py::typing::Dict<py::str, float>>(d);
      }, "Nested dict: {'rouge1': {'precision': ..., 'recall': ..., 'f1': ...}, ...}.")
      .def("__eq__", &same_scores, py::is_operator(), py::arg("other"))
      .def("__hash__", [](const newslib::rouge_scores& s) { return py::hash(scores_state(s)); })
      .def("__repr__", [](const newslib::rouge_scores& s) {
        auto f = [](double x) { return std::string(py::repr(py::float_(x))); };
        return "RougeScores(rouge1.f1=" + f(s.rouge1.f1) + ", rouge2.f1=" + f(s.rouge2.f1) +
               ", rougeL.f1=" + f(s.rougeL.f1) + ", rougeLsum.f1=" + f(s.rougeLsum.f1) + ")";
      })
      .def(py::pickle(&scores_state, &scores_from_state));

  m.def(
      "rouge",
      [](const text_arg& candidate, const text_arg& reference, bool stemmer) {
        const text_input c = to_valid_utf8(candidate, "candidate");
        const text_input r = to_valid_utf8(reference, "reference");
        py::gil_scoped_release release;
        newslib::rouge_options options;
        options.stemmer = stemmer;
        return newslib::rouge(c.utf8, r.utf8, options);
      },
      py::arg("candidate"), py::arg("reference"), py::kw_only(), py::arg("stemmer") = true,
      R"pbdoc(
ROUGE-1/2/L/Lsum of ``candidate`` against ``reference``, scored exactly as
Google's rouge-score package does (lowercased alphanumeric tokens, Porter
stemming of tokens longer than 3 characters when ``stemmer`` is true).
ROUGE-Lsum treats newlines as sentence breaks.

Example:
    >>> r = newslib.rouge("the cat sat on the mat", "the cat lay on the mat")
    >>> r.rouge1.to_dict()
    {'precision': 0.8333333333333334, 'recall': 0.8333333333333334, 'f1': 0.8333333333333334}
)pbdoc");
}

}  // namespace newslib::python
