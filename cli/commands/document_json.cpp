#include "commands/document_json.hpp"

#include <algorithm>

namespace newslib::cli {

newslib::document parse_document(std::string text, const newslib::parse_options& options,
                                 std::vector<std::string>& warnings) {
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
