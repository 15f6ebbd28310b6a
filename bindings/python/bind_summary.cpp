// newslib.summarize, Summary, SummaryOptions and the algorithm list.
#include <pybind11/stl.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "bindings.hpp"
#include "errors.hpp"
#include "newslib/error.hpp"
#include "newslib/summarize.hpp"
#include "py_types.hpp"

namespace newslib::python {
namespace {

constexpr int pickle_version = 1;

// Python's repr of a float: the shortest text that reads back as the same value.
std::string number(double x) { return std::string(py::repr(py::float_(x))); }

const char* unit_name(newslib::budget::unit u) noexcept {
  switch (u) {
    case newslib::budget::unit::sentences: return "sentences";
    case newslib::budget::unit::ratio: return "ratio";
    case newslib::budget::unit::words: return "words";
    case newslib::budget::unit::chars: return "chars";
  }
  return "sentences";
}

newslib::budget::unit unit_from_name(const std::string& name) {
  if (name == "sentences") return newslib::budget::unit::sentences;
  if (name == "ratio") return newslib::budget::unit::ratio;
  if (name == "words") return newslib::budget::unit::words;
  if (name == "chars") return newslib::budget::unit::chars;
  throw py::value_error("unknown summary length unit '" + name + "'");
}

const char* order_name(newslib::summary_order o) noexcept {
  return o == newslib::summary_order::score ? "score" : "document";
}

/// The length value as Python shows it: an int for counts, a float for ratio.
py::object length_value(const newslib::budget& b) {
  if (b.kind == newslib::budget::unit::ratio) return py::float_(b.value);
  return py::int_(static_cast<long long>(b.value));
}

std::optional<long long> count_if(const newslib::summary_options& o, newslib::budget::unit u) {
  if (o.length.kind != u) return std::nullopt;
  return static_cast<long long>(o.length.value);
}

std::string options_repr(const newslib::summary_options& o) {
  std::string out = "SummaryOptions(algorithm=" + std::string(py::repr(py::str(o.algorithm))) +
                    ", " + unit_name(o.length.kind) + "=" +
                    std::string(py::repr(length_value(o.length))) + ", redundancy=" +
                    (o.redundancy ? number(*o.redundancy) : std::string("None")) + ", order='" +
                    order_name(o.order) + "')";
  return out;
}

bool same_options(const newslib::summary_options& a, const newslib::summary_options& b) {
  return a.algorithm == b.algorithm && a.length.kind == b.length.kind &&
         a.length.value == b.length.value && a.redundancy == b.redundancy && a.order == b.order;
}

py::tuple options_state(const newslib::summary_options& o) {
  return py::make_tuple(pickle_version, o.algorithm, unit_name(o.length.kind), o.length.value,
                        o.redundancy, order_name(o.order));
}

void check_version(const py::tuple& t, const char* type) {
  if (t.size() < 1 || !py::isinstance<py::int_>(t[0]) || t[0].cast<int>() != pickle_version) {
    throw py::value_error(std::string("cannot unpickle ") + type +
                          ": unsupported pickle version " +
                          (t.size() ? std::string(py::repr(t[0])) : std::string("(empty)")));
  }
}

newslib::summary_options options_from_state(const py::tuple& t) {
  check_version(t, "SummaryOptions");
  if (t.size() != 6) throw py::value_error("cannot unpickle SummaryOptions: malformed state");
  newslib::summary_options o;
  o.algorithm = t[1].cast<std::string>();
  o.length = {unit_from_name(t[2].cast<std::string>()), t[3].cast<double>()};
  o.redundancy = t[4].cast<std::optional<double>>();
  const auto order = t[5].cast<std::string>();
  if (order != "document" && order != "score") {
    throw py::value_error("cannot unpickle SummaryOptions: bad order '" + order + "'");
  }
  o.order = order == "score" ? newslib::summary_order::score : newslib::summary_order::document;
  return o;
}

const newslib::scored_sentence& selected_of(const py_summary_sentence& s) {
  return s.summary->summary.selected[s.position];
}

py::list selected_list(const summary_ptr& state) {
  const std::size_t n = state->summary.selected.size();
  py::list out(n);
  for (std::size_t i = 0; i < n; ++i) out[i] = py::cast(py_summary_sentence{state, i});
  return out;
}

py::dict summary_dict(const py_summary& s) {
  const summary_state& st = *s.state();
  py::list sentences;
  for (const newslib::scored_sentence& sel : st.summary.selected) {
    const char_span cs = st.doc->to_chars(sel.bytes);
    py::dict item;
    item["index"] = sel.index;
    item["start"] = cs.start;
    item["end"] = cs.end;
    item["text"] = to_str(st.doc->slice(sel.bytes));
    item["score"] = sel.score;
    item["rank"] = sel.rank;
    sentences.append(item);
  }
  py::dict out;
  out["algorithm"] = st.summary.algorithm;
  out["options"] = summary_options_kwargs(st.summary.options);
  out["text"] = st.summary.text;
  out["sentences"] = sentences;
  out["scores"] = st.summary.scores;
  out["ranks"] = st.summary.ranks;
  return out;
}

py::tuple summary_pickle(const py_summary& s) {
  const summary_state& st = *s.state();
  py::list selected;
  for (const newslib::scored_sentence& sel : st.summary.selected) {
    selected.append(py::make_tuple(sel.index, sel.score, sel.rank));
  }
  const py::object doc = s.document();
  return py::make_tuple(pickle_version, document_state(doc.cast<const py_document&>()),
                        options_state(st.summary.options), st.summary.algorithm, selected,
                        st.summary.scores, st.summary.ranks, st.summary.text);
}

py_summary summary_unpickle(const py::tuple& t) {
  check_version(t, "Summary");
  if (t.size() != 8) throw py::value_error("cannot unpickle Summary: malformed state");
  py_document doc = document_from_state(t[1].cast<py::tuple>());
  const newslib::document& d = doc.state()->doc();
  newslib::summary sum;
  sum.options = options_from_state(t[2].cast<py::tuple>());
  sum.algorithm = t[3].cast<std::string>();
  sum.scores = t[5].cast<std::vector<double>>();
  sum.ranks = t[6].cast<std::vector<std::size_t>>();
  sum.text = t[7].cast<std::string>();
  if (sum.scores.size() != d.sentences().size() || sum.ranks.size() != d.sentences().size()) {
    throw py::value_error("cannot unpickle Summary: scores do not match the document");
  }
  for (py::handle item : t[4].cast<py::list>()) {
    auto [index, score, rank] = item.cast<std::tuple<std::size_t, double, std::size_t>>();
    if (index >= d.sentences().size()) {
      throw py::value_error("cannot unpickle Summary: sentence index out of range");
    }
    sum.selected.push_back({index, d.sentences()[index].bytes, score, rank});
  }
  auto state = std::make_shared<const summary_state>(summary_state{doc.state(), std::move(sum)});
  return py_summary(std::move(state), py::cast(std::move(doc)));
}

bool same_summary(const py_summary& a, const py_summary& b) {
  const summary_state &x = *a.state(), &y = *b.state();
  if (x.doc->doc().text() != y.doc->doc().text()) return false;
  if (x.summary.algorithm != y.summary.algorithm || x.summary.text != y.summary.text ||
      x.summary.scores != y.summary.scores || x.summary.ranks != y.summary.ranks ||
      !same_options(x.summary.options, y.summary.options) ||
      x.summary.selected.size() != y.summary.selected.size()) {
    return false;
  }
  for (std::size_t i = 0; i < x.summary.selected.size(); ++i) {
    const newslib::scored_sentence &p = x.summary.selected[i], &q = y.summary.selected[i];
    if (p.index != q.index || p.score != q.score || p.rank != q.rank) return false;
  }
  return true;
}

}  // namespace

py::object py_summary::document() const {
  if (!document_) document_ = py::cast(py_document(state_->doc));
  return document_;
}

// Python's keyword arguments as summary_options. Only what the C++ struct
// cannot express is checked here (two lengths at once, an order given as a
// string); every rule on the values is the core's check_summary_options, whose
// errors reach Python as they are.
newslib::summary_options make_summary_options(std::optional<long long> sentences,
                                              std::optional<double> ratio,
                                              std::optional<long long> words,
                                              std::optional<long long> chars,
                                              const std::string& algorithm,
                                              std::optional<double> redundancy,
                                              const std::string& order) {
  std::vector<std::string> given;
  if (sentences) given.emplace_back("sentences");
  if (ratio) given.emplace_back("ratio");
  if (words) given.emplace_back("words");
  if (chars) given.emplace_back("chars");
  if (given.size() > 1) {
    throw newslib::invalid_argument(given[1], "give at most one summary length, not both " +
                                                  given[0] + "= and " + given[1] + "=");
  }
  using unit = newslib::budget::unit;
  newslib::summary_options o;
  if (sentences) o.length = {unit::sentences, static_cast<double>(*sentences)};
  if (words) o.length = {unit::words, static_cast<double>(*words)};
  if (chars) o.length = {unit::chars, static_cast<double>(*chars)};
  if (ratio) o.length = {unit::ratio, *ratio};
  o.algorithm = algorithm;
  o.redundancy = redundancy;
  if (order == "document") {
    o.order = newslib::summary_order::document;
  } else if (order == "score") {
    o.order = newslib::summary_order::score;
  } else {
    throw newslib::invalid_argument("order",
                                    "order must be 'document' or 'score', not '" + order + "'");
  }
  newslib::check_summary_options(o);
  return o;
}

py::dict summary_options_kwargs(const newslib::summary_options& o) {
  py::dict out;
  out["algorithm"] = o.algorithm;
  out[unit_name(o.length.kind)] = length_value(o.length);
  out["redundancy"] = o.redundancy ? py::object(py::float_(*o.redundancy)) : py::none();
  out["order"] = order_name(o.order);
  return out;
}

void bind_summary(py::module_& m) {
  m.def("algorithms", &newslib::algorithms, R"pbdoc(
Names of the summarisation algorithms, in a stable order.

Example:
    >>> "textrank" in newslib.algorithms()
    True
)pbdoc");

  py::class_<newslib::summary_options>(m, "SummaryOptions", R"pbdoc(
The options of a summary, as summarize() takes them (immutable).

At most one length applies: ``sentences`` (the default, 3), ``ratio`` of
the sentences, ``words`` or ``chars``.

Example:
    >>> opts = newslib.SummaryOptions(ratio=0.2, algorithm="lexrank")
    >>> opts.to_dict()
    {'algorithm': 'lexrank', 'ratio': 0.2, 'redundancy': None, 'order': 'document'}
    >>> newslib.summarize(text, **opts.to_dict())  # doctest: +SKIP
)pbdoc")
      .def(py::init(&make_summary_options), py::kw_only(), py::arg("sentences") = py::none(),
           py::arg("ratio") = py::none(), py::arg("words") = py::none(),
           py::arg("chars") = py::none(), py::arg("algorithm") = "default",
           py::arg("redundancy") = py::none(), py::arg("order") = "document")
      .def_readonly("algorithm", &newslib::summary_options::algorithm)
      .def_property_readonly("sentences", [](const newslib::summary_options& o) {
        return count_if(o, newslib::budget::unit::sentences);
      }, "The length in sentences, or None when another unit applies.")
      .def_property_readonly("ratio", [](const newslib::summary_options& o) {
        return o.length.kind == newslib::budget::unit::ratio ? std::optional<double>(o.length.value)
                                                             : std::nullopt;
      }, "The length as a fraction of the sentences, or None.")
      .def_property_readonly("words", [](const newslib::summary_options& o) {
        return count_if(o, newslib::budget::unit::words);
      }, "The length in words, or None.")
      .def_property_readonly("chars", [](const newslib::summary_options& o) {
        return count_if(o, newslib::budget::unit::chars);
      }, "The length in characters, or None.")
      .def_readonly("redundancy", &newslib::summary_options::redundancy)
      .def_property_readonly("order", [](const newslib::summary_options& o) {
        return std::string(order_name(o.order));
      })
      .def("to_dict", [](const newslib::summary_options& o) {
        return py::typing::Dict<py::str, py::object>(summary_options_kwargs(o));
      }, "The keyword arguments for summarize() that give these options.")
      .def("__eq__", &same_options, py::is_operator(), py::arg("other"))
      .def("__hash__", [](const newslib::summary_options& o) { return py::hash(options_state(o)); })
      .def("__repr__", &options_repr)
      .def(py::pickle(&options_state, &options_from_state));

  py::class_<py_summary_sentence>(m, "SummarySentence", R"pbdoc(
A sentence chosen for a summary.

Attributes:
    index: the sentence's index in ``Document.sentences``.
    start, end: str indices into ``Document.text``.
    text: the sentence as written.
    score: its score under the summary's algorithm (higher is better).
    rank: 1 for the highest-scoring sentence of the document.
    paragraph: index of its paragraph.
)pbdoc")
      .def_property_readonly("index",
                             [](const py_summary_sentence& s) { return selected_of(s).index; })
      .def_property_readonly("start", [](const py_summary_sentence& s) {
        return s.summary->doc->to_chars(selected_of(s).bytes.begin);
      })
      .def_property_readonly("end", [](const py_summary_sentence& s) {
        return s.summary->doc->to_chars(selected_of(s).bytes.end);
      })
      .def_property_readonly("text", [](const py_summary_sentence& s) {
        return to_str(s.summary->doc->slice(selected_of(s).bytes));
      })
      .def_property_readonly("score",
                             [](const py_summary_sentence& s) { return selected_of(s).score; })
      .def_property_readonly("rank",
                             [](const py_summary_sentence& s) { return selected_of(s).rank; })
      .def_property_readonly("paragraph", [](const py_summary_sentence& s) {
        return s.summary->doc->doc().sentences()[selected_of(s).index].paragraph;
      })
      .def("__repr__", [](const py_summary_sentence& s) {
        const newslib::scored_sentence& sel = selected_of(s);
        return "SummarySentence(index=" + std::to_string(sel.index) + ", rank=" +
               std::to_string(sel.rank) + ", score=" + number(sel.score) + ", text=" +
               std::string(py::repr(py::str(preview(s.summary->doc->slice(sel.bytes), 50)))) +
               ")";
      });

  py::class_<py_summary>(m, "Summary", R"pbdoc(
An extractive summary: the chosen sentences and every sentence's score.

Attributes:
    sentences: the chosen sentences (SummarySentence), in the requested order.
    text: the chosen sentences joined by newlines (also ``str(summary)``).
    scores: every sentence's score, by sentence index.
    ranks: every sentence's rank (1 = best; ties go to the earlier sentence).
    algorithm: the algorithm that ran ("default" resolved to its real name).
    options: the SummaryOptions, defaults filled in.
    document: the summarised Document.

Example:
    >>> s = newslib.summarize(article, sentences=2)           # doctest: +SKIP
    >>> [x.index for x in s.sentences], s.algorithm           # doctest: +SKIP
    ([0, 4], 'textrank')
)pbdoc")
      .def_property_readonly("sentences", [](const py_summary& s) {
        return py::typing::List<py_summary_sentence>(selected_list(s.state()));
      })
      .def_property_readonly("scores",
                             [](const py_summary& s) { return s.state()->summary.scores; })
      .def_property_readonly("ranks", [](const py_summary& s) { return s.state()->summary.ranks; })
      .def_property_readonly("algorithm",
                             [](const py_summary& s) { return s.state()->summary.algorithm; })
      .def_property_readonly("text", [](const py_summary& s) { return s.state()->summary.text; })
      .def_property_readonly("options",
                             [](const py_summary& s) { return s.state()->summary.options; })
      .def_property_readonly("document", [](const py_summary& s) -> const py_document& {
        // The Python object held by the summary, so `summary.document is doc`.
        return s.document().cast<const py_document&>();
      })
      .def("to_dict", [](const py_summary& s) {
        return py::typing::Dict<py::str, py::object>(summary_dict(s));
      }, "A JSON-ready dict: algorithm, options, text, sentences, scores, ranks.")
      .def("__len__", [](const py_summary& s) { return s.state()->summary.selected.size(); })
      .def("__iter__", [](const py_summary& s) {
        return py::typing::Iterator<py_summary_sentence>(py::iter(selected_list(s.state())));
      })
      .def("__str__", [](const py_summary& s) { return s.state()->summary.text; })
      .def("__eq__", &same_summary, py::is_operator(), py::arg("other"))
      .def("__repr__", [](const py_summary& s) {
        const summary_state& st = *s.state();
        return "<Summary " + st.summary.algorithm + ": " +
               std::to_string(st.summary.selected.size()) + " of " +
               std::to_string(st.doc->doc().sentences().size()) + " sentences, " +
               std::to_string(count_chars(st.summary.text)) + " chars>";
      })
      .def("_repr_html_", [](py::object self) {
        return display("summary_html", self).cast<std::string>();
      })
      .def(py::pickle(&summary_pickle, &summary_unpickle));

  m.def(
      "summarize",
      [](const doc_or_text_arg& doc_or_text, std::optional<long long> sentences,
         std::optional<double> ratio, std::optional<long long> words,
         std::optional<long long> chars, const std::string& algorithm,
         std::optional<double> redundancy, const std::string& order,
         const std::string& language) {
        const newslib::summary_options options =
            make_summary_options(sentences, ratio, words, chars, algorithm, redundancy, order);
        doc_ptr doc = document_of(doc_or_text, language);
        newslib::summary result;
        {
          py::gil_scoped_release release;
          result = newslib::summarize(doc->doc(), options);
        }
        auto state = std::make_shared<const summary_state>(summary_state{doc, std::move(result)});
        const bool is_doc = py::isinstance<py_document>(doc_or_text);
        return py_summary(std::move(state), is_doc ? py::object(doc_or_text) : py::object());
      },
      py::arg("doc_or_text"), py::kw_only(), py::arg("sentences") = py::none(),
      py::arg("ratio") = py::none(), py::arg("words") = py::none(), py::arg("chars") = py::none(),
      py::arg("algorithm") = "default", py::arg("redundancy") = py::none(),
      py::arg("order") = "document", py::arg("language") = "auto", R"pbdoc(
Summarises a news article by picking its most informative sentences.

Args:
    doc_or_text: a Document, or the article as str / UTF-8 bytes.
    sentences: pick this many sentences (the default: 3).
    ratio: or this fraction of the sentences, in (0, 1].
    words: or as many sentences as fit in this many words.
    chars: or as many sentences as fit in this many characters.
    algorithm: one of newslib.algorithms(); "default" picks the best general one.
    redundancy: MMR trade-off in [0, 1] against near-duplicate sentences
        (0 turns it off); None uses the algorithm's own default.
    order: "document" keeps the article's order, "score" puts the best first.
    language: for text input: ISO 639-1 code, or "auto" to identify it.

Returns:
    Summary: the chosen sentences, every sentence's score and rank.

Raises:
    InvalidArgumentError: an option is out of range (``.argument`` names it).
    InvalidUTF8Error: bytes that are not UTF-8, or a str with lone surrogates.

Example:
    >>> text = ("The council approved the budget on Monday. It funds two new schools. "
    ...         "Critics said the plan was rushed. The vote was 7 to 2.")
    >>> summary = newslib.summarize(text, sentences=2, algorithm="lead")
    >>> print(summary.text)
    The council approved the budget on Monday.
    It funds two new schools.
)pbdoc");

  m.def(
      "score_sentences",
      [](const doc_or_text_arg& doc_or_text, const std::string& algorithm,
         const std::string& language) {
        // Validates the name the way summarize() does.
        static_cast<void>(make_summary_options(std::nullopt, std::nullopt, std::nullopt,
                                               std::nullopt, algorithm, std::nullopt, "document"));
        doc_ptr doc = document_of(doc_or_text, language);
        py::gil_scoped_release release;
        return newslib::score_sentences(doc->doc(), algorithm);
      },
      py::arg("doc_or_text"), py::arg("algorithm") = "default", py::arg("language") = "auto",
      R"pbdoc(
Scores every sentence with one algorithm (higher is better), without selecting.

Example:
    >>> scores = newslib.score_sentences("One idea. Another idea. A third.", "lead")
    >>> len(scores)
    3
)pbdoc");
}

}  // namespace newslib::python
