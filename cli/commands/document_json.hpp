// newslib CLI: parsing documents and describing them in JSON, shared by the
// subcommands that work on articles.
#pragma once

#include <string>
#include <vector>

#include "newslib/document.hpp"
#include "options.hpp"
#include "runner.hpp"

namespace newslib::cli {

/// Parses `text`, or with --html extracts the article of the page it holds.
/// When invalid UTF-8 was replaced (--errors replace), or a page carries no
/// article, says so in `warnings`.
[[nodiscard]] newslib::document parse_document(std::string text,
                                               const document_options& options,
                                               std::vector<std::string>& warnings);

/// {"code": "en", "confidence": 0.98}
[[nodiscard]] json language_json(const newslib::language_guess& language);

/// Names accepted by an -a/--algorithm option: "default" and `names`.
[[nodiscard]] std::vector<std::string> with_default(const std::vector<std::string>& names);

}  // namespace newslib::cli
