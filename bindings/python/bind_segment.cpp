// newslib.split_sentences: sentence segmentation without a full parse.
#include <pybind11/stl.h>

#include <string>
#include <vector>

#include "bindings.hpp"
#include "errors.hpp"
#include "newslib/document.hpp"
#include "newslib/error.hpp"
#include "newslib/segment.hpp"
#include "py_types.hpp"
#include "text_input.hpp"

namespace newslib::python {

void bind_segment(py::module_& m) {
  m.def(
      "split_sentences",
      [](const text_arg& text, const std::string& language) {
        text_input input = to_utf8(text, newslib::utf8_errors::strict,
                                   newslib::parse_options{}.max_bytes, "text");
        std::vector<newslib::span> spans;
        try {
          py::gil_scoped_release release;
          spans = newslib::split_sentences(input.utf8, language);
        } catch (const located_invalid_utf8&) {
          throw;
        } catch (const newslib::invalid_utf8& e) {
          rethrow_located(e, text);
        }
        py::typing::List<py::str> out(py::list(spans.size()));
        for (std::size_t i = 0; i < spans.size(); ++i) {
          out[i] = to_str(std::string_view(input.utf8).substr(spans[i].begin, spans[i].size()));
        }
        return out;
      },
      py::arg("text"), py::arg("language") = "en", R"pbdoc(
Splits text into sentences, trimmed of surrounding whitespace.

Uses the same news-aware rules as Document (abbreviations such as "Mr." and
"Sept." do not end a sentence) but skips metadata and tokens, so it is the
quick way to get sentences from a plain paragraph.

Args:
    text: str, or UTF-8 bytes (bad UTF-8 raises InvalidUTF8Error).
    language: ISO 639-1 code; languages without their own rules use generic ones.

Returns:
    list[str]: the sentences in order.

Example:
    >>> newslib.split_sentences("Dr. Jones arrived on Sept. 6. She left at noon.")
    ['Dr. Jones arrived on Sept. 6.', 'She left at noon.']
)pbdoc");
}

}  // namespace newslib::python
