// Parsing a web page into a Document's state: shared by Document.from_html and
// the batch calls that take pages (summarize_many and keywords_many with
// html=True), which run it on worker threads.
#pragma once

#include <string_view>

#include "doc_state.hpp"
#include "newslib/html.hpp"

namespace newslib::python {

/// Extracts the article of `page` (bytes as given, or the UTF-8 form of a str
/// with options.encoding "utf-8") and wraps it as a Document's state. Needs no
/// GIL. Throws what `newslib::from_html` throws.
[[nodiscard]] doc_ptr parse_page(std::string_view page, const newslib::html_options& options);

/// The html_options of a batch: `encoding` "" or "auto" lets each bytes page
/// declare its charset; a str page is always read as the UTF-8 it became.
/// Throws `newslib::unknown_encoding` for a label newslib does not know.
[[nodiscard]] newslib::html_options batch_page_options(const std::string& encoding,
                                                       const std::string& language);

}  // namespace newslib::python
