#include "page_parse.hpp"

#include <utility>
#include <vector>

#include "newslib/encoding.hpp"
#include "newslib/error.hpp"

namespace newslib::python {

doc_ptr parse_page(std::string_view page, const newslib::html_options& options) {
  // A page is decoded with replacement (markup in the wild is often not
  // clean), so the state records that policy for to_dict() and friends.
  newslib::parse_options parsed_as;
  parsed_as.language = options.language;
  parsed_as.errors = newslib::utf8_errors::replace;
  return std::make_shared<const doc_state>(newslib::from_html(page, options), parsed_as,
                                           std::vector<char_span>{});
}

newslib::html_options batch_page_options(const std::string& encoding,
                                         const std::string& language) {
  newslib::html_options options;
  options.language = language;
  if (encoding != "auto" && !encoding.empty()) {
    if (!newslib::canonical_encoding(encoding)) throw newslib::unknown_encoding(encoding);
    options.encoding = encoding;
  }
  return options;
}

}  // namespace newslib::python
