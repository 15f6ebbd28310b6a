// newslib.Document and the views of its paragraphs, sentences and tokens.
#include <pybind11/stl.h>

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "bindings.hpp"
#include "doc_state.hpp"
#include "errors.hpp"
#include "newslib/error.hpp"
#include "newslib/html.hpp"
#include "newslib/token.hpp"
#include "page_parse.hpp"
#include "py_types.hpp"
#include "units.hpp"

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

// The view of `self` (a Document) for `kind`: the one already handed out
// while anyone holds it, else a new one.
py::object cached_view(py::handle self, unit_kind kind) {
  const py_document& d = self.cast<const py_document&>();
  PyObject*& slot = d.views()[static_cast<std::size_t>(kind)];
  if (slot != nullptr) return py::reinterpret_borrow<py::object>(slot);
  const doc_state& state = *d.state();
  std::size_t count = state.doc().tokens().size();
  if (kind == unit_kind::sentence) count = state.doc().sentences().size();
  if (kind == unit_kind::paragraph) count = state.doc().paragraphs().size();
  py::object view = make_view(self, state, kind, 0, count, &slot);
  slot = view.ptr();
  return view;
}

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
    encoding: for bytes, their encoding: "utf-8" (the default), "auto" to
        detect it, or a label such as "windows-1252", "latin1", "shift_jis"
        (WHATWG names; see docs/encodings.md). The text is decoded to str
        first; ``source_encoding`` and ``source_offset`` lead back to the
        bytes. A str is already decoded: only "utf-8" and "auto" apply.

Example:
    >>> doc = newslib.Document("Markets rally\n\nSEOUL, Sept. 6 (Reuters) - Stocks rose. "
    ...                        "Bonds fell.\n\nReporting by Jane Doe")
    >>> doc.title, doc.source, len(doc.sentences)
    ('Markets rally', 'Reuters', 2)
    >>> s = doc.sentences[0]
    >>> doc.text[s.start:s.end] == s.text
    True
)pbdoc";

const char* encoding_origin_name(newslib::encoding_origin origin) noexcept {
  switch (origin) {
    case newslib::encoding_origin::bom: return "bom";
    case newslib::encoding_origin::declared: return "declared";
    case newslib::encoding_origin::detected: return "detected";
    case newslib::encoding_origin::fallback: return "fallback";
  }
  return "declared";
}

// A str has no bytes to decode: it is parsed as the UTF-8 it becomes.
std::string encoding_for(py::handle text, const std::string& encoding) {
  const std::optional<std::string> name = newslib::canonical_encoding(encoding);
  const bool is_auto = encoding == "auto";
  if (!name && !is_auto) throw newslib::unknown_encoding(encoding);
  if (!PyUnicode_Check(text.ptr())) return encoding;
  if (is_auto || *name == "UTF-8") return "utf-8";
  throw newslib::invalid_argument(
      "encoding", "encoding='" + encoding + "' applies to bytes; a str is already decoded");
}

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
  py::class_<py_document> document(m, "Document", document_doc);
  document
      .def(py::init([](const text_arg& text, const std::string& language,
                       const std::string& errors, std::size_t max_bytes,
                       const std::string& date_order, bool metadata,
                       const std::string& encoding) {
             newslib::parse_options options;
             options.language = language;
             options.errors = errors_from_name(errors);
             options.max_bytes = max_bytes;
             options.numeric_dates = date_order_from_name(date_order);
             options.metadata = metadata;
             options.encoding = encoding_for(text, encoding);
             bool unchanged = false;
             doc_ptr state = parse_python_text(text, options, "text", &unchanged);
             return py_document(std::move(state), unchanged ? py::object(text) : py::object());
           }),
           py::arg("text"), py::arg("language") = "auto", py::arg("errors") = "strict",
           py::arg("max_bytes") = newslib::parse_options{}.max_bytes,
           py::arg("date_order") = "month_first", py::arg("metadata") = true,
           py::arg("encoding") = "utf-8")
      .def_property_readonly("text", &py_document::text,
                             "The whole text, headline and trailer included.")
      .def_property_readonly("paragraphs", [](py::object self) {
        return paragraphs_handle(cached_view(self, unit_kind::paragraph));
      }, "The body's paragraphs, as a Paragraphs view (the same object every time).")
      .def_property_readonly("sentences", [](py::object self) {
        return sentences_handle(cached_view(self, unit_kind::sentence));
      }, "The body's sentences, in order, as a Sentences view (the same object every time).")
      .def_property_readonly("tokens", [](py::object self) {
        return tokens_handle(cached_view(self, unit_kind::token));
      }, "The body's tokens, in order, as a Tokens view (the same object every time).")
      .def("__len__", [](const py_document& d) { return d.state()->doc().tokens().size(); },
           "Number of tokens, as spaCy's len(doc).")
      .def("__getitem__", [](py::object self, std::ptrdiff_t i) {
        return token_handle(cached_view(self, unit_kind::token)[py::int_(i)]);
      }, py::arg("i"), "doc[i]: the i-th Token (negative from the end).")
      .def("__getitem__", [](py::object self, const py::slice& slice) {
        const py_document& d = self.cast<const py_document&>();
        std::size_t start = 0, stop = 0, step = 0, length = 0;
        if (!slice.compute(d.state()->doc().tokens().size(), &start, &stop, &step, &length)) {
          throw py::error_already_set();
        }
        if (step != 1) throw py::value_error("a Span slice must be contiguous (step 1)");
        return span_handle(make_span(self, *d.state(), start, start + length));
      }, py::arg("slice"), "doc[a:b]: the Span of tokens a to b.")
      .def("__iter__", [](py::object self) {
        return py::typing::Iterator<token_handle>(
            py::iter(cached_view(self, unit_kind::token)));
      }, "Iterates over the tokens.")
      .def("char_span", [](py::object self, std::ptrdiff_t start, std::ptrdiff_t end,
                           const std::string& alignment_mode) -> std::optional<span_handle> {
        const alignment mode = alignment_from_name(alignment_mode);
        const py_document& d = self.cast<const py_document&>();
        if (start < 0 || end < 0) return std::nullopt;
        const auto range = tokens_in_chars(*d.state(), static_cast<std::size_t>(start),
                                           static_cast<std::size_t>(end), mode);
        if (!range) return std::nullopt;
        return span_handle(make_span(self, *d.state(), range->first, range->second));
      }, py::arg("start"), py::arg("end"), py::arg("alignment_mode") = "strict",
      R"pbdoc(
The Span of tokens covering the str indices [start, end), or None (as spaCy).

Args:
    start, end: str indices into ``text``.
    alignment_mode: "strict" returns None unless both ends fall on token
        boundaries; "contract" keeps only the tokens wholly inside;
        "expand" takes every token that overlaps.

Example:
    >>> doc = newslib.Document("Rain fell on Monday. Roads closed.")
    >>> doc.char_span(13, 19).text
    'Monday'
    >>> doc.char_span(14, 19) is None, doc.char_span(14, 19, alignment_mode="expand").text
    (True, 'Monday')
)pbdoc")
      .def_property_readonly("body", [](const py_document& d) {
        return to_str(d.state()->slice(d.state()->doc().body()));
      }, "The text between the metadata at the top and the trailer at the end.")
      .def_property_readonly("title", [](const py_document& d) -> std::optional<std::string> {
        if (const newslib::web_page* page = d.state()->doc().page()) {
          if (page->metadata.title) return page->metadata.title->value;
        }
        return slice_of(*d.state(), d.state()->doc().meta().title);
      }, "The headline, or None (for a web page, the title its markup gives, when it does).")
      .def_property_readonly("date_text", [](const py_document& d) {
        return slice_of(*d.state(), d.state()->doc().meta().date_text);
      }, "The text the date was read from, or None.")
      .def("_body_span", [](const py_document& d) {
        const newslib::span b = d.state()->doc().body();
        const char_span c = d.state()->to_chars(b);
        return py::typing::Tuple<int, int, int, int>(
            py::make_tuple(c.start, c.end, b.begin, b.end));
      }, "(start, end, byte_start, byte_end) of the body, for to_dict().")
      .def("to_dict", [](py::object self, bool tokens) {
        return py::typing::Dict<py::str, py::object>(
            py::module_::import("newslib._export").attr("to_dict")(self, tokens));
      }, py::arg("tokens") = true, R"pbdoc(
The Document as JSON-ready data in the "newslib.document" schema (version 1).

Metadata as ``newslib info --format json`` gives it; paragraphs, sentences
and (unless ``tokens=False``) tokens with str offsets ``start``/``end`` and
UTF-8 offsets ``byte_start``/``byte_end``. ``Document.from_dict`` reads it back.

Example:
    >>> d = newslib.Document("Rain fell. Roads closed.").to_dict(tokens=False)
    >>> d["schema"], d["schema_version"], [s["text"] for s in d["sentences"]]
    ('newslib.document', 1, ['Rain fell.', 'Roads closed.'])
)pbdoc")
      .def("to_json", [](py::object self, bool tokens, std::optional<int> indent) {
        return py::module_::import("newslib._export").attr("to_json")(self, tokens, indent)
            .cast<std::string>();
      }, py::arg("tokens") = true, py::arg("indent") = py::none(),
      "to_dict() as a JSON string (UTF-8 text kept as is).")
      .def_static("from_dict", [](const py::dict& data) {
        return py::module_::import("newslib._export").attr("from_dict")(data)
            .cast<py_document>();
      }, py::arg("data"), R"pbdoc(
The Document that to_dict() described (schema "newslib.document", version 1).

Example:
    >>> doc = newslib.Document("Rain fell. Roads closed.")
    >>> newslib.Document.from_dict(doc.to_dict()) == doc
    True
)pbdoc")
      .def_static("from_html", [](const text_arg& html, std::optional<std::string> url,
                                  std::optional<std::string> encoding, const std::string& language,
                                  std::size_t max_bytes, bool keep_tables, bool keep_captions,
                                  bool keep_lists) {
        newslib::html_options options;
        if (url) options.url = *url;
        options.language = language;
        options.max_bytes = max_bytes;
        options.keep_tables = keep_tables;
        options.keep_captions = keep_captions;
        options.keep_lists = keep_lists;
        // A str is already decoded: its UTF-8 form is the page.
        const bool decoded = py::isinstance<py::str>(html);
        if (decoded) options.encoding = "utf-8";
        if (encoding) options.encoding = *encoding;
        text_input input = to_utf8(html, newslib::utf8_errors::replace,
                                   std::numeric_limits<std::size_t>::max(), "html");
        doc_ptr state;
        {
          py::gil_scoped_release release;
          state = parse_page(input.utf8, options);
        }
        return py_document(std::move(state), py::object());
      }, py::arg("html"), py::kw_only(), py::arg("url") = py::none(),
      py::arg("encoding") = py::none(), py::arg("language") = "auto",
      py::arg("max_bytes") = newslib::html_options{}.max_bytes, py::arg("keep_tables") = true,
      py::arg("keep_captions") = true, py::arg("keep_lists") = true, R"pbdoc(
The article of a web page, parsed like text.

The Document's text is the headline, a blank line, then the body's
paragraphs separated by blank lines; ``page`` says what the page's markup
declared and where in the page every block came from. Malformed markup never
raises: a page without an article gives a Document without a body and
``page["no_article"]`` true.

Args:
    html: the page, as bytes (its charset is taken from a byte order mark,
        then ``<meta charset>``, then detected) or as an already decoded str.
    url: the page's address, when known.
    encoding: a charset label that overrides the page's declaration.
    language: ISO 639-1 code, or "auto" to identify the extracted text's.
    max_bytes: larger pages raise InputTooLargeError.
    keep_tables: keep the text of data tables inside the article.
    keep_captions: keep figure and table captions (picture credits never are).
    keep_lists: keep list items inside the article.

Example:
    >>> page = ("<html><head><title>Rain - Daily</title></head><body><article><h1>Rain</h1>"
    ...         "<p>Rain fell on the city all day, and the roads were closed by noon.</p>"
    ...         "<p>Officials said the storm would pass by the evening, and schools reopen.</p>"
    ...         "</article></body></html>")
    >>> doc = newslib.Document.from_html(page)
    >>> doc.title, len(doc.paragraphs)
    ('Rain', 2)
)pbdoc")
      .def_property_readonly("dateline", [](const py_document& d) {
        return slice_of(*d.state(), d.state()->doc().meta().dateline);
      }, "The dateline, such as 'SEOUL, Sept. 6 (Reuters) -', or None.")
      .def_property_readonly("date", [](const py_document& d) {
        if (const newslib::web_page* page = d.state()->doc().page()) {
          if (page->metadata.published) return to_date(page->metadata.published->value);
        }
        return to_date(d.state()->doc().meta().date);
      }, "The publication date as datetime.date, or None (a web page's markup first).")
      .def_property_readonly("byline", [](const py_document& d) {
        return slice_of(*d.state(), d.state()->doc().meta().byline);
      }, "The byline, such as 'By Jane Doe', or None.")
      .def_property_readonly("authors", [](const py_document& d) {
        if (const newslib::web_page* page = d.state()->doc().page()) {
          if (page->metadata.authors) return page->metadata.authors->value;
        }
        return d.state()->doc().meta().authors;
      }, "Names taken from the byline (a web page's markup first).")
      .def_property_readonly("page", [](const py_document& d) -> std::optional<py::dict> {
        const newslib::web_page* page = d.state()->doc().page();
        if (page == nullptr) return std::nullopt;
        const newslib::page_metadata& m = page->metadata;
        py::dict out, origins;
        auto text_field = [&](const char* name,
                              const std::optional<newslib::page_field<std::string>>& f) {
          out[name] = f ? py::object(py::str(f->value)) : py::object(py::none());
          if (f) origins[name] = newslib::to_string(f->origin);
        };
        auto date_field = [&](const char* name,
                              const std::optional<newslib::page_field<newslib::calendar_date>>& f) {
          out[name] = f ? py::cast(to_date(f->value)) : py::object(py::none());
          if (f) origins[name] = newslib::to_string(f->origin);
        };
        text_field("title", m.title);
        text_field("description", m.description);
        text_field("site_name", m.site_name);
        text_field("canonical_url", m.canonical_url);
        text_field("section", m.section);
        text_field("language", m.language);
        date_field("published", m.published);
        date_field("modified", m.modified);
        out["authors"] = m.authors ? m.authors->value : std::vector<std::string>{};
        if (m.authors) origins["authors"] = newslib::to_string(m.authors->origin);
        out["tags"] = m.tags;
        out["origins"] = origins;
        out["encoding"] = page->encoding;
        out["page_size"] = page->page_size;
        out["no_article"] = page->no_article;
        py::list blocks;
        py::list kinds;
        for (const newslib::html_block& b : page->blocks) {
          const char_span c = d.state()->to_chars(b.text);
          blocks.append(py::make_tuple(c.start, c.end, b.page.begin, b.page.end));
          kinds.append(newslib::to_string(b.kind));
        }
        out["blocks"] = blocks;
        out["block_kinds"] = kinds;
        return out;
      }, R"pbdoc(
For a Document made by from_html, what the page said, else None: a dict
with ``title``, ``description``, ``site_name``, ``canonical_url``,
``section``, ``language``, ``published``, ``modified`` (datetime.date),
``authors``, ``tags``, ``origins`` (where each present field came from:
"json_ld", "open_graph", "meta_tag", ..., "text"), ``encoding`` (the page's
charset), ``page_size``, ``no_article`` (True when the page carries no
article), ``blocks``: (start, end, page_start, page_end) per extracted
block, str indices into ``text`` and byte offsets into the original page, and
``block_kinds``: what each block was ("headline", "paragraph", "heading",
"list_item", "quotation", "caption", "table_cell" or "preformatted").
)pbdoc")
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
      .def_property_readonly("source_encoding", [](const py_document& d) {
        return d.state()->doc().source_encoding();
      }, "Canonical name of the encoding the input was decoded from ('UTF-8' for str).")
      .def_property_readonly("source_encoding_origin", [](const py_document& d) {
        return encoding_origin_name(d.state()->doc().source_encoding_origin());
      }, "How source_encoding was chosen: 'bom', 'declared', 'detected' or 'fallback'.")
      .def("source_offset", [](const py_document& d, std::size_t index) {
        const doc_state& s = *d.state();
        return s.doc().source_offset(s.to_bytes(index));
      }, py::arg("index"), R"pbdoc(
Byte offset in the original input of str index ``index`` of ``text``.

For bytes decoded from another encoding, ``data[doc.source_offset(s.start):
doc.source_offset(s.end)]`` decodes to ``s.text`` for every unit ``s``; for
UTF-8 input it is the UTF-8 byte offset. Indexes past the end give the end.

Example:
    >>> doc = newslib.Document(b"Caf\xe9 au lait. Bon.", encoding="latin1")
    >>> doc.text[5:7], doc.source_offset(5)
    ('au', 5)
)pbdoc")
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
