// newslib CLI: helpers for the human-readable (--format text) output.
#pragma once

#include <string>
#include <string_view>

namespace newslib::cli {

/// `text` on one line: each run of whitespace that contains a line break
/// becomes one space, so that "one sentence per line" output stays one per
/// line. (JSON output keeps the exact text.)
[[nodiscard]] std::string one_line(std::string_view text);

/// `value` with `decimals` digits after the point ("0.4706").
[[nodiscard]] std::string fixed(double value, int decimals);

}  // namespace newslib::cli
