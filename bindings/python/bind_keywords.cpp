// newslib.keywords and the Keyword value.
#include <pybind11/stl.h>

#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "bindings.hpp"
#include "newslib/encoding.hpp"
#include "newslib/error.hpp"
#include "newslib/keywords.hpp"
#include "page_parse.hpp"
#include "py_types.hpp"
#include "text_input.hpp"
#include "worker_pool.hpp"

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

void check_keyword_arguments(long long top, const std::string& algorithm) {
  if (top < 1) {
    throw newslib::invalid_argument("top", "top must be at least 1, got " + std::to_string(top));
  }
  newslib::keyword_options options;
  options.algorithm = algorithm;
  newslib::check_keyword_options(options);  // the core's own message, before any parsing
}

// Needs no GIL: offsets become str indices through the document's own map.
std::vector<py_keyword> to_python(std::vector<newslib::keyword> found, const doc_state& doc) {
  std::vector<py_keyword> out;
  out.reserve(found.size());
  for (newslib::keyword& k : found) {
    py_keyword pk{std::move(k.text), std::move(k.key), k.score, {}};
    pk.occurrences.reserve(k.occurrences.size());
    for (const newslib::span& s : k.occurrences) {
      const char_span cs = doc.to_chars(s);
      pk.occurrences.emplace_back(cs.start, cs.end);
    }
    out.push_back(std::move(pk));
  }
  return out;
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
    score: in [0, 1], higher is better; it does not depend on top.
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
        check_keyword_arguments(top, algorithm);
        doc_ptr doc = document_of(doc_or_text, language);
        py::gil_scoped_release release;
        newslib::keyword_options options;
        options.top = static_cast<std::size_t>(top);
        options.algorithm = algorithm;
        return to_python(newslib::keywords(doc->doc(), options), *doc);
      },
      py::arg("doc_or_text"), py::arg("top") = 10, py::arg("algorithm") = "default",
      py::arg("language") = "auto", R"pbdoc(
The document's best keyphrases, best first; none is a part of another, and
top=k gives the first k phrases of top=k+1.

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

  m.def(
      "keywords_many",
      [](const py::list& items, long long top, const std::string& language,
         std::optional<std::size_t> threads, std::optional<std::string> encoding_arg, bool html) {
        // Unset, text bytes are UTF-8 while a page's bytes follow its own declaration.
        const std::string encoding = encoding_arg ? *encoding_arg : (html ? "auto" : "utf-8");
        check_keyword_arguments(top, "default");
        const std::size_t workers = worker_count(threads);
        newslib::parse_options parse;
        parse.language = language;
        parse.encoding = encoding;
        if (encoding != "auto" && !newslib::canonical_encoding(encoding)) {
          throw newslib::unknown_encoding(encoding);
        }
        newslib::parse_options parse_str = parse;  // a str is decoded already
        parse_str.encoding = "utf-8";
        // With html, every str or bytes item is a web page, read like Document.from_html.
        newslib::html_options page;
        if (html) page = batch_page_options(encoding, language);
        newslib::html_options page_str = page;
        page_str.encoding = "utf-8";
        const std::size_t n = items.size();
        std::vector<doc_ptr> docs(n);
        std::vector<std::string> texts(n);
        std::vector<char> is_str(n, 0);
        for (std::size_t i = 0; i < n; ++i) {
          const py::handle item = items[i];
          if (py::isinstance<py_document>(item)) {
            docs[i] = item.cast<const py_document&>().state();
          } else if (is_text(item)) {
            texts[i] = html ? to_utf8(item, newslib::utf8_errors::replace,
                                      std::numeric_limits<std::size_t>::max(), "texts").utf8
                            : to_utf8(item, parse.errors, parse.max_bytes, "texts").utf8;
            is_str[i] = PyUnicode_Check(item.ptr()) ? 1 : 0;
          } else {
            throw py::type_error("keywords_many: item " + std::to_string(i) +
                                 " is not a Document, str or bytes");
          }
        }
        std::vector<std::vector<py_keyword>> out(n);
        {
          // Two passes without the GIL: parse and count each document's
          // candidates, then weigh every document against the whole corpus.
          py::gil_scoped_release release;
          std::vector<newslib::keyword_corpus> parts(n);
          run_parallel(n, workers, [&](std::size_t i) {
            if (!docs[i] && html) docs[i] = parse_page(texts[i], is_str[i] ? page_str : page);
            if (!docs[i]) docs[i] = parse_document(std::move(texts[i]), is_str[i] ? parse_str : parse);
            parts[i].add(docs[i]->doc());
          });
          newslib::keyword_corpus corpus;
          for (const newslib::keyword_corpus& part : parts) corpus.merge(part);
          newslib::keyword_options options;
          options.top = static_cast<std::size_t>(top);
          run_parallel(n, workers, [&](std::size_t i) {
            out[i] = to_python(newslib::keywords(docs[i]->doc(), corpus, options), *docs[i]);
          });
        }
        return out;
      },
      py::arg("texts"), py::arg("top") = 10, py::arg("language") = "auto",
      py::arg("threads") = py::none(), py::arg("encoding") = py::none(), py::kw_only(),
      py::arg("html") = false,
      R"pbdoc(
Keyphrases of every document of a collection, weighted by the collection.

The default algorithm (tf-idf) takes each phrase's document frequency from
the collection itself rather than only from the background table, so a phrase
that many of the documents share weighs less. The GIL is released while the
documents are parsed and scored.

Args:
    texts: a list of Documents, or articles as str / UTF-8 bytes.
    top: how many keyphrases at most per document.
    language: for text input: ISO 639-1 code, or "auto".
    threads: worker threads (default: one per core).
    encoding: the encoding of bytes items, as for Document ("utf-8",
        "auto" or a label such as "windows-1252"). None means "utf-8" for
        text and, with ``html``, the charset each page declares.
    html: the str and bytes items are web pages, read as
        Document.from_html reads one (Documents are taken as they are).

Returns:
    list[list[Keyword]]: per document, in input order, best first.

Example:
    >>> lists = newslib.keywords_many(articles, top=5)      # doctest: +SKIP
    >>> [k.text for k in lists[0]]                          # doctest: +SKIP
    ['harbour', 'council', 'flood wall']
)pbdoc");
}

}  // namespace newslib::python
