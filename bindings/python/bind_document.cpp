// newslib.Document and the views of its paragraphs, sentences and tokens.
#include <pybind11/stl.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "bindings.hpp"
#include "doc_state.hpp"
#include "errors.hpp"
#include "newslib/error.hpp"
#include "newslib/token.hpp"
#include "py_types.hpp"

namespace newslib::python {
namespace {

constexpr int pickle_version = 1;

std::optional<std::string> slice_of(const doc_state& s, const std::optional<newslib::span>& sp) {
  if (!sp) return std::nullopt;
  return std::string(s.slice(*sp));
}

std::string python_repr(const std::string& s) { return py::repr(py::str(s)).cast<std::string>(); }

py::list char_spans(const std::vector<char_span>& spans) {
  py::list out(spans.size());
  for (std::size_t i = 0; i < spans.size(); ++i) {
    out[i] = py::make_tuple(spans[i].start, spans[i].end);
  }
  return out;
}

template <typename View>
py::list views(const doc_ptr& doc, std::size_t first, std::size_t count) {
  py::list out(count);
  for (std::size_t i = 0; i < count; ++i) out[i] = py::cast(View{{doc, first + i}});
  return out;
}

template <typename View>
bool same_unit(const View& a, const View& b) {
  return a.doc == b.doc && a.index == b.index;
}

template <typename View>
py::int_ unit_hash(const View& v) {
  return py::int_(py::hash(py::make_tuple(reinterpret_cast<std::uintptr_t>(v.doc.get()), v.index)));
}

const newslib::sentence& sentence_of(const py_sentence& s) {
  return s.doc->doc().sentences()[s.index];
}
const newslib::paragraph& paragraph_of(const py_paragraph& p) {
  return p.doc->doc().paragraphs()[p.index];
}
newslib::token token_of(const py_token& t) { return t.doc->doc().tokens()[t.index]; }

std::string unit_repr(const char* type, std::size_t index, char_span cs, std::string_view text) {
  return std::string(type) + "(index=" + std::to_string(index) + ", start=" +
         std::to_string(cs.start) + ", end=" + std::to_string(cs.end) +
         ", text=" + python_repr(preview(text, 40)) + ")";
}

constexpr const char* sentence_doc = R"pbdoc(
A sentence of a Document's body.

Attributes:
    index: position among the document's sentences.
    start, end: str indices into ``Document.text`` (``doc.text[s.start:s.end] == s.text``).
    text: the sentence, exactly as it appears in the text.
    paragraph: index of the paragraph that holds it.
    tokens: its tokens.

Example:
    >>> doc = newslib.Document("Mr. Smith went to Washington. He arrived on Monday.")
    >>> [s.text for s in doc.sentences]
    ['Mr. Smith went to Washington.', 'He arrived on Monday.']
)pbdoc";

constexpr const char* token_doc = R"pbdoc(
A token of a Document's body.

Attributes:
    index: position among the document's tokens.
    start, end: str indices into ``Document.text``.
    text: the token as written.
    kind: "word", "number", "punctuation", "symbol", "url", "email" or "other".
    key: the normalised form (NFKC and full case folding) used for matching.
    stem: the Snowball stem of ``key`` (``key`` itself where no stemmer applies).
    is_stop: whether ``key`` is a stopword of the document's language.

Example:
    >>> doc = newslib.Document("The Straße is closed.", language="de")
    >>> [(t.text, t.key, t.kind) for t in doc.tokens][:2]
    [('The', 'the', 'word'), ('Straße', 'strasse', 'word')]
)pbdoc";

constexpr const char* document_doc = R"pbdoc(
A parsed news article: metadata, then paragraphs → sentences → tokens.

Parsing happens once, in the constructor (without holding the GIL); the
Document is immutable afterwards and safe to share between threads.
Every unit's ``start``/``end`` are str indices (code points) into
``text``, so slicing ``text`` gives the unit back exactly.

Args:
    text: the article, as str or as UTF-8 bytes.
    language: ISO 639-1 code ("en", "de", ...) or "auto" to identify it.
    errors: "strict" raises InvalidUTF8Error on bad UTF-8 (or lone
        surrogates in a str); "replace" puts U+FFFD in their place and
        lists where in ``replacements``.
    max_bytes: larger input raises InputTooLargeError.
    date_order: how to read ambiguous numeric dates such as 06/09/2025:
        "month_first" (June 9) or "day_first" (6 September).
    metadata: look for headline, dateline, byline, source and trailer.

Example:
    >>> doc = newslib.Document("Markets rally\n\nSEOUL, Sept. 6 (Reuters) - Stocks rose. "
    ...                        "Bonds fell.\n\nReporting by Jane Doe")
    >>> doc.title, doc.source, len(doc.sentences)
    ('Markets rally', 'Reuters', 2)
    >>> s = doc.sentences[0]
    >>> doc.text[s.start:s.end] == s.text
    True
)pbdoc";

}  // namespace

py::str py_document::text() const {
  if (!text_) text_ = to_str(state_->doc().text());
  return py::reinterpret_borrow<py::str>(text_);
}

doc_ptr document_of(py::handle doc_or_text, const std::string& language) {
  if (py::isinstance<py_document>(doc_or_text)) {
    const doc_ptr& state = doc_or_text.cast<const py_document&>().state();
    if (language != "auto" && language != state->doc().language().code) {
      throw newslib::invalid_argument(
          "language", "language='" + language + "' applies to text; this Document was parsed as '" +
                          state->doc().language().code + "'");
    }
    return state;
  }
  if (!is_text(doc_or_text)) {
    throw py::type_error("expected a Document, str or bytes, not " +
                         std::string(Py_TYPE(doc_or_text.ptr())->tp_name));
  }
  newslib::parse_options options;
  options.language = language;
  return parse_python_text(doc_or_text, options, "text");
}

py::tuple parse_options_state(const newslib::parse_options& o) {
  return py::make_tuple(o.language, errors_name(o.errors), o.max_bytes,
                        date_order_name(o.numeric_dates), o.metadata);
}

newslib::parse_options parse_options_from_state(const py::tuple& t) {
  if (t.size() != 5) throw py::value_error("bad Document options in pickle");
  newslib::parse_options o;
  o.language = t[0].cast<std::string>();
  o.errors = errors_from_name(t[1].cast<std::string>());
  o.max_bytes = t[2].cast<std::size_t>();
  o.numeric_dates = date_order_from_name(t[3].cast<std::string>());
  o.metadata = t[4].cast<bool>();
  return o;
}

py::tuple document_state(const py_document& doc) {
  py::list replacements;
  for (const char_span& r : doc.state()->replacements()) {
    replacements.append(py::make_tuple(r.start, r.end));
  }
  return py::make_tuple(pickle_version, doc.text(), parse_options_state(doc.state()->options()),
                        replacements);
}

py_document document_from_state(const py::tuple& t) {
  if (t.size() < 1 || !py::isinstance<py::int_>(t[0]) || t[0].cast<int>() != pickle_version) {
    throw py::value_error("cannot unpickle Document: unsupported pickle version " +
                          (t.size() ? std::string(py::repr(t[0])) : std::string("(empty)")));
  }
  if (t.size() != 4) throw py::value_error("cannot unpickle Document: malformed state");
  newslib::parse_options options = parse_options_from_state(t[2].cast<py::tuple>());
  std::vector<char_span> replaced;
  for (py::handle r : t[3].cast<py::list>()) {
    auto pair = r.cast<std::pair<std::size_t, std::size_t>>();
    replaced.push_back({pair.first, pair.second});
  }
  py::str text = t[1].cast<py::str>();
  text_input input = to_utf8(text, newslib::utf8_errors::strict, options.max_bytes, "text");
  doc_ptr state;
  {
    py::gil_scoped_release release;
    state = parse_document(std::move(input.utf8), options, std::move(replaced));
  }
  return py_document(std::move(state), std::move(text));
}

void bind_document(py::module_& m) {
  // Every class is registered before any method is defined, so that the
  // signatures (and the stubs made from them) name Python types, not C++ ones.
  py::class_<py_paragraph> paragraph(m, "Paragraph", R"pbdoc(
A paragraph of a Document's body: a block of text between blank lines.

``start``/``end`` are str indices, so ``doc.text[p.start:p.end] == p.text``.

Example:
    >>> doc = newslib.Document("First one. Second one.\n\nAnother paragraph.")
    >>> [len(p.sentences) for p in doc.paragraphs]
    [2, 1]
)pbdoc");
  py::class_<py_sentence> sentence(m, "Sentence", sentence_doc);
  py::class_<py_token> token(m, "Token", token_doc);
  py::class_<py_document> document(m, "Document", document_doc);

  paragraph
      .def_property_readonly("index", [](const py_paragraph& p) { return p.index; })
      .def_property_readonly("start", [](const py_paragraph& p) {
        return p.doc->to_chars(paragraph_of(p).bytes.begin);
      })
      .def_property_readonly("end", [](const py_paragraph& p) {
        return p.doc->to_chars(paragraph_of(p).bytes.end);
      })
      .def_property_readonly("text", [](const py_paragraph& p) {
        return to_str(p.doc->slice(paragraph_of(p).bytes));
      })
      .def_property_readonly("sentences", [](const py_paragraph& p) {
        const newslib::paragraph& para = paragraph_of(p);
        return py::typing::List<py_sentence>(
            views<py_sentence>(p.doc, para.first_sentence, para.sentence_count));
      }, "The paragraph's sentences.")
      .def("__eq__", &same_unit<py_paragraph>, py::is_operator(), py::arg("other"))
      .def("__hash__", &unit_hash<py_paragraph>)
      .def("__repr__", [](const py_paragraph& p) {
        const newslib::span b = paragraph_of(p).bytes;
        return unit_repr("Paragraph", p.index, p.doc->to_chars(b), p.doc->slice(b));
      });

  sentence
      .def_property_readonly("index", [](const py_sentence& s) { return s.index; })
      .def_property_readonly("start", [](const py_sentence& s) {
        return s.doc->to_chars(sentence_of(s).bytes.begin);
      })
      .def_property_readonly("end", [](const py_sentence& s) {
        return s.doc->to_chars(sentence_of(s).bytes.end);
      })
      .def_property_readonly("text", [](const py_sentence& s) {
        return to_str(s.doc->slice(sentence_of(s).bytes));
      })
      .def_property_readonly("paragraph", [](const py_sentence& s) {
        return sentence_of(s).paragraph;
      })
      .def_property_readonly("tokens", [](const py_sentence& s) {
        const newslib::sentence& sent = sentence_of(s);
        return py::typing::List<py_token>(
            views<py_token>(s.doc, sent.first_token, sent.token_count));
      })
      .def("__eq__", &same_unit<py_sentence>, py::is_operator(), py::arg("other"))
      .def("__hash__", &unit_hash<py_sentence>)
      .def("__repr__", [](const py_sentence& s) {
        const newslib::span b = sentence_of(s).bytes;
        return unit_repr("Sentence", s.index, s.doc->to_chars(b), s.doc->slice(b));
      });

  token
      .def_property_readonly("index", [](const py_token& t) { return t.index; })
      .def_property_readonly("start", [](const py_token& t) {
        return t.doc->to_chars(token_of(t).begin);
      })
      .def_property_readonly("end", [](const py_token& t) {
        return t.doc->to_chars(token_of(t).end);
      })
      .def_property_readonly("text", [](const py_token& t) {
        return to_str(t.doc->slice(token_of(t).bytes()));
      })
      .def_property_readonly("kind", [](const py_token& t) {
        return std::string(newslib::to_string(token_of(t).kind));
      })
      .def_property_readonly("key", [](const py_token& t) {
        return t.doc->doc().term_of(token_of(t)).key;
      })
      .def_property_readonly("stem", [](const py_token& t) {
        return t.doc->doc().term_of(token_of(t)).stem;
      })
      .def_property_readonly("is_stop", [](const py_token& t) {
        return t.doc->doc().term_of(token_of(t)).stopword;
      })
      .def("__eq__", &same_unit<py_token>, py::is_operator(), py::arg("other"))
      .def("__hash__", &unit_hash<py_token>)
      .def("__repr__", [](const py_token& t) {
        const newslib::token& tok = token_of(t);
        return "Token(index=" + std::to_string(t.index) + ", text=" +
               python_repr(preview(t.doc->slice(tok.bytes()), 40)) + ", kind='" +
               newslib::to_string(tok.kind) + "')";
      });

  document
      .def(py::init([](const text_arg& text, const std::string& language,
                       const std::string& errors, std::size_t max_bytes,
                       const std::string& date_order, bool metadata) {
             newslib::parse_options options;
             options.language = language;
             options.errors = errors_from_name(errors);
             options.max_bytes = max_bytes;
             options.numeric_dates = date_order_from_name(date_order);
             options.metadata = metadata;
             bool unchanged = false;
             doc_ptr state = parse_python_text(text, options, "text", &unchanged);
             return py_document(std::move(state), unchanged ? py::object(text) : py::object());
           }),
           py::arg("text"), py::arg("language") = "auto", py::arg("errors") = "strict",
           py::arg("max_bytes") = newslib::parse_options{}.max_bytes,
           py::arg("date_order") = "month_first", py::arg("metadata") = true)
      .def_property_readonly("text", &py_document::text,
                             "The whole text, headline and trailer included.")
      .def_property_readonly("paragraphs", [](const py_document& d) {
        return py::typing::List<py_paragraph>(
            views<py_paragraph>(d.state(), 0, d.state()->doc().paragraphs().size()));
      }, "The body's paragraphs.")
      .def_property_readonly("sentences", [](const py_document& d) {
        return py::typing::List<py_sentence>(
            views<py_sentence>(d.state(), 0, d.state()->doc().sentences().size()));
      }, "The body's sentences, in order.")
      .def_property_readonly("tokens", [](const py_document& d) {
        return py::typing::List<py_token>(
            views<py_token>(d.state(), 0, d.state()->doc().tokens().size()));
      }, "The body's tokens, in order.")
      .def_property_readonly("body", [](const py_document& d) {
        return to_str(d.state()->slice(d.state()->doc().body()));
      }, "The text between the metadata at the top and the trailer at the end.")
      .def_property_readonly("title", [](const py_document& d) {
        return slice_of(*d.state(), d.state()->doc().meta().title);
      }, "The headline, or None.")
      .def_property_readonly("dateline", [](const py_document& d) {
        return slice_of(*d.state(), d.state()->doc().meta().dateline);
      }, "The dateline, such as 'SEOUL, Sept. 6 (Reuters) -', or None.")
      .def_property_readonly("date", [](const py_document& d) {
        return to_date(d.state()->doc().meta().date);
      }, "The publication date as datetime.date, or None.")
      .def_property_readonly("byline", [](const py_document& d) {
        return slice_of(*d.state(), d.state()->doc().meta().byline);
      }, "The byline, such as 'By Jane Doe', or None.")
      .def_property_readonly("authors", [](const py_document& d) {
        return d.state()->doc().meta().authors;
      }, "Names taken from the byline.")
      .def_property_readonly("source", [](const py_document& d) {
        return d.state()->doc().meta().source;
      }, "The agency or outlet ('Reuters', 'AP'), or None.")
      .def_property_readonly("trailer", [](const py_document& d) {
        std::vector<std::string> lines;
        for (const newslib::span& s : d.state()->doc().meta().trailer) {
          lines.emplace_back(d.state()->slice(s));
        }
        return lines;
      }, "Closing lines kept out of the body ('Reporting by ...', '© ...').")
      .def_property_readonly("language", [](const py_document& d) {
        return d.state()->doc().language().code;
      }, "ISO 639-1 code of the language the text was parsed as ('und' if unknown).")
      .def_property_readonly("language_confidence", [](const py_document& d) {
        return d.state()->doc().language().confidence;
      }, "Confidence of the language guess in [0, 1] (1 when the caller named it).")
      .def_property_readonly("replacements", [](const py_document& d) {
        return py::typing::List<py::typing::Tuple<int, int>>(char_spans(d.state()->replacements()));
      }, "(start, end) str indices of each U+FFFD put in for bad input (errors='replace').")
      .def_property_readonly("options", [](const py_document& d) {
        const newslib::parse_options& o = d.state()->options();
        py::dict out;
        out["language"] = o.language;
        out["errors"] = errors_name(o.errors);
        out["max_bytes"] = o.max_bytes;
        out["date_order"] = date_order_name(o.numeric_dates);
        out["metadata"] = o.metadata;
        return py::typing::Dict<py::str, py::object>(out);
      }, "The keyword arguments the Document was parsed with.")
      .def("__eq__", [](const py_document& a, const py_document& b) {
        const newslib::parse_options &x = a.state()->options(), &y = b.state()->options();
        return a.state()->doc().text() == b.state()->doc().text() && x.language == y.language &&
               x.errors == y.errors && x.numeric_dates == y.numeric_dates &&
               x.metadata == y.metadata && a.state()->replacements() == b.state()->replacements();
      }, py::is_operator(), py::arg("other"))
      .def("__hash__", [](const py_document& d) { return py::hash(d.text()); })
      .def("__repr__", [](const py_document& d) {
        const doc_state& s = *d.state();
        const newslib::document& doc = s.doc();
        std::string out = "<Document " + doc.language().code + ": " +
                          std::to_string(doc.paragraphs().size()) + " paragraphs, " +
                          std::to_string(doc.sentences().size()) + " sentences, " +
                          std::to_string(s.length()) + " chars";
        if (doc.meta().title) {
          out += ", title=" + python_repr(preview(s.slice(*doc.meta().title), 50));
        } else if (!doc.sentences().empty()) {
          out += ", starts " + python_repr(preview(s.slice(doc.sentences()[0].bytes), 50));
        }
        return out + ">";
      })
      .def("_repr_html_", [](py::object self) {
        return display("document_html", self).cast<std::string>();
      })
      .def(py::pickle([](const py_document& d) { return document_state(d); },
                      [](const py::tuple& t) { return document_from_state(t); }));
}

}  // namespace newslib::python
