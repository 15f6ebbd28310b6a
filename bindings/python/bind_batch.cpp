// The batch core behind newslib.summarize_many: sorts the inputs while
// holding the GIL, then encodes, parses and summarises them on the worker pool
// (worker_pool.hpp), with the GIL released for the whole batch.
#include <pybind11/stl.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "bindings.hpp"
#include "errors.hpp"
#include "newslib/encoding.hpp"
#include "newslib/error.hpp"
#include "newslib/summarize.hpp"
#include "page_parse.hpp"
#include "py_types.hpp"
#include "text_input.hpp"
#include "worker_pool.hpp"

namespace newslib::python {
namespace {

struct job {
  py::object source;                  // a str or bytes item, encoded by the worker
  bool is_str = false;                // a str is decoded already: parsed as UTF-8
  std::string text;                   // UTF-8 input of a bytearray item, copied with the GIL
  doc_ptr doc;                        // the parsed (or given) document
  summary_ptr result;
  std::optional<captured_error> error;
};

captured_error item_error(captured_error::kind kind, std::string message) {
  captured_error e;
  e.type = kind;
  e.message = std::move(message);
  return e;
}

bool is_missing(py::handle item) {
  if (item.is_none()) return true;
  return PyFloat_Check(item.ptr()) && std::isnan(PyFloat_AS_DOUBLE(item.ptr()));
}

/// Character index of a bad byte in a bytes item (the prefix before it is valid).
std::optional<std::size_t> char_offset_in(py::handle item, std::size_t byte) {
  const char* data = nullptr;
  std::size_t size = 0;
  if (PyBytes_Check(item.ptr())) {
    data = PyBytes_AS_STRING(item.ptr());
    size = static_cast<std::size_t>(PyBytes_GET_SIZE(item.ptr()));
  } else if (PyByteArray_Check(item.ptr())) {
    data = PyByteArray_AS_STRING(item.ptr());
    size = static_cast<std::size_t>(PyByteArray_GET_SIZE(item.ptr()));
  }
  if (data == nullptr || byte > size) return std::nullopt;
  return count_chars(std::string_view(data, byte));
}

/// Roughly how much work an item is: its length in code points or bytes.
std::size_t approximate_size(py::handle item, const job& j) {
  if (j.error) return 0;
  if (j.doc) return j.doc->doc().text().size();
  if (PyUnicode_Check(item.ptr())) return static_cast<std::size_t>(PyUnicode_GET_LENGTH(item.ptr()));
  if (PyBytes_Check(item.ptr())) return static_cast<std::size_t>(PyBytes_GET_SIZE(item.ptr()));
  return j.text.size();
}

}  // namespace

void bind_batch(py::module_& m) {
  m.def(
      "_summarize_batch",
      [](const py::list& items, std::optional<std::size_t> threads,
         std::optional<long long> sentences, std::optional<double> ratio,
         std::optional<long long> words, std::optional<long long> chars,
         const std::string& algorithm, std::optional<double> redundancy,
         const std::string& order, const std::string& language, std::size_t first_index,
         std::optional<std::string> encoding_arg, bool html) {
        // Unset, text bytes are UTF-8 while a page's bytes follow its own declaration.
        const std::string encoding = encoding_arg ? *encoding_arg : (html ? "auto" : "utf-8");
        // Bad options fail the call at once rather than every item.
        const newslib::summary_options options =
            make_summary_options(sentences, ratio, words, chars, algorithm, redundancy, order);
        const std::size_t workers = worker_count(threads);
        newslib::parse_options parse;
        parse.language = language;
        parse.encoding = encoding;
        if (encoding != "auto" && !newslib::canonical_encoding(encoding)) {
          throw newslib::unknown_encoding(encoding);
        }
        newslib::parse_options parse_str = parse;
        parse_str.encoding = "utf-8";
        // With html, every str or bytes item is a web page.
        newslib::html_options page;
        if (html) page = batch_page_options(encoding, language);
        newslib::html_options page_str = page;
        page_str.encoding = "utf-8";
        // Pages are decoded with replacement, as Document.from_html does.
        const newslib::utf8_errors item_errors = html ? newslib::utf8_errors::replace : parse.errors;
        const std::size_t item_max = html ? std::numeric_limits<std::size_t>::max() : parse.max_bytes;

        const std::size_t n = items.size();
        std::vector<job> jobs(n);
        for (std::size_t i = 0; i < n; ++i) {
          const py::handle item = items[i];
          job& j = jobs[i];
          if (py::isinstance<py_document>(item)) {
            j.doc = item.cast<const py_document&>().state();
          } else if (PyUnicode_Check(item.ptr()) || PyBytes_Check(item.ptr())) {
            // Immutable: the workers encode it, so encoding runs in parallel.
            j.source = py::reinterpret_borrow<py::object>(item);
            j.is_str = PyUnicode_Check(item.ptr());
          } else if (is_text(item)) {
            try {
              j.text = to_utf8(item, html ? item_errors : newslib::utf8_errors::strict, item_max,
                               "text").utf8;
            } catch (...) {
              j.error = capture_current_exception();
            }
          } else if (is_missing(item)) {
            j.error = item_error(captured_error::kind::value,
                                 "missing text (" + std::string(py::repr(item)) + ")");
          } else {
            j.error = item_error(captured_error::kind::type,
                                 "expected a Document, str or bytes, not " +
                                     std::string(Py_TYPE(item.ptr())->tp_name));
          }
        }

        // Longest items first: the threads then finish close together, where
        // a long article handed out last would leave the others idle.
        std::vector<std::size_t> longest_first(n);
        {
          std::vector<std::size_t> sizes(n);
          for (std::size_t i = 0; i < n; ++i) {
            longest_first[i] = i;
            sizes[i] = approximate_size(items[i], jobs[i]);
          }
          std::stable_sort(longest_first.begin(), longest_first.end(),
                           [&](std::size_t a, std::size_t b) { return sizes[a] > sizes[b]; });
        }
        {
          py::gil_scoped_release release;
          run_parallel(n, workers, [&](std::size_t k) {
            job& j = jobs[longest_first[k]];
            if (j.error) return;
            try {
              if (j.source) {
                j.text = immutable_to_utf8(j.source.ptr(), item_errors, item_max).utf8;
              }
              if (!j.doc && html) j.doc = parse_page(j.text, j.is_str ? page_str : page);
              if (!j.doc) j.doc = parse_document(std::move(j.text), j.is_str ? parse_str : parse);
              newslib::summary s = newslib::summarize(j.doc->doc(), options);
              j.result = std::make_shared<const summary_state>(summary_state{j.doc, std::move(s)});
            } catch (...) {
              j.error = capture_current_exception();
            }
          });
        }

        py::list out(n);
        for (std::size_t i = 0; i < n; ++i) {
          job& j = jobs[i];
          if (j.result) {
            const py::handle item = items[i];
            const bool is_doc = py::isinstance<py_document>(item);
            out[i] = py::cast(
                py_summary(std::move(j.result), is_doc ? py::reinterpret_borrow<py::object>(item)
                                                       : py::object()));
            continue;
          }
          captured_error e = std::move(*j.error);
          if (e.type == captured_error::kind::invalid_utf8 && !e.char_offset) {
            e.char_offset = char_offset_in(items[i], e.offset);
          }
          const std::size_t index = first_index + i;
          e.message = "item " + std::to_string(index) + ": " + e.message;
          py::object exc = to_python_exception(e);
          exc.attr("index") = index;
          out[i] = exc;
        }
        return out;
      },
      py::arg("items"), py::arg("threads") = py::none(), py::arg("sentences") = py::none(),
      py::arg("ratio") = py::none(), py::arg("words") = py::none(), py::arg("chars") = py::none(),
      py::arg("algorithm") = "default", py::arg("redundancy") = py::none(),
      py::arg("order") = "document", py::arg("language") = "auto", py::arg("first_index") = 0,
      py::arg("encoding") = py::none(), py::arg("html") = false,
      R"pbdoc(
Batch core of newslib.summarize_many: returns, in input order, a Summary or
the exception instance (with ``.index``, counted from ``first_index``) for
each item; with ``html`` the str and bytes items are web pages. Use
summarize_many.
)pbdoc");
}

}  // namespace newslib::python
