// newslib CLI: the errors that end a run, and the exit statuses they map to.
#pragma once

#include <stdexcept>
#include <string>

namespace newslib::cli {

/// Process exit statuses.
enum exit_status : int {
  exit_ok = 0,
  exit_failure = 1,  // bad input, I/O error
  exit_usage = 2,    // bad command line
};

/// The command line cannot be carried out as written (exit status 2).
class usage_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A failure that stops the whole run, not just one input (exit status 1).
class fatal_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// `message` made safe for a terminal: control bytes become `\xNN` escapes,
/// so that binary junk quoted in an error cannot drive the terminal.
[[nodiscard]] std::string printable(const std::string& message);

}  // namespace newslib::cli
