// newslib CLI: the web pages a command names, with directories and glob
// patterns expanded (extract takes whole folders of saved pages).
#pragma once

#include <string>
#include <vector>

namespace newslib::cli {

/// `args` with every directory replaced by the *.html and *.htm files directly
/// inside it (any letter case), and every glob pattern (*, ? or [) that is not
/// itself an existing path replaced by its matches; each expansion is sorted
/// by name. Other arguments, "-" and a pattern matching nothing stay as they
/// are, so that reading them reports the problem under their name. Throws
/// fatal_error when a directory cannot be listed.
[[nodiscard]] std::vector<std::string> expand_page_inputs(const std::vector<std::string>& args);

}  // namespace newslib::cli
