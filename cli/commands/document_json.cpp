#include "commands/document_json.hpp"

#include <algorithm>

#include "newslib/html.hpp"

namespace newslib::cli {

newslib::document parse_document(std::string text, const document_options& options,
                                 std::vector<std::string>& warnings) {
  if (options.html) {
    newslib::html_options html;
    html.url = options.url;
    html.language = options.language;
    html.max_bytes = options.max_bytes;
    newslib::document page = newslib::from_html(text, html);
    if (page.page()->no_article) warnings.push_back("no article found on the page");
    return page;
  }
  newslib::document doc(std::move(text), options);
  if (const auto count = doc.replacements().size(); count > 0) {
    // Offsets of the input file, which differ from the text's in other encodings.
    const std::size_t first = doc.source_offset(doc.replacements().front().begin);
    warnings.push_back("replaced " + std::to_string(count) + " invalid " +
                       doc.source_encoding() + " sequence" + (count == 1 ? "" : "s") +
                       " with U+FFFD (first at byte " + std::to_string(first) + ")");
  }
  return doc;
}

json language_json(const newslib::language_guess& language) {
  return json{{"code", language.code}, {"confidence", language.confidence}};
}

std::vector<std::string> with_default(const std::vector<std::string>& names) {
  std::vector<std::string> all = names;
  if (std::find(all.begin(), all.end(), "default") == all.end()) {
    all.insert(all.begin(), "default");
  }
  return all;
}

}  // namespace newslib::cli
