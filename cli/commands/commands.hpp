// newslib CLI: the subcommands. Each adds itself to the application and
// returns what to run when it is the one chosen.
#pragma once

#include <functional>

namespace CLI {
class App;
}  // namespace CLI

namespace newslib::cli {

struct subcommand {
  CLI::App* app = nullptr;
  std::function<int()> run;  // returns the exit status
};

subcommand add_summarize_command(CLI::App& app);
subcommand add_sentences_command(CLI::App& app);
subcommand add_keywords_command(CLI::App& app);
subcommand add_info_command(CLI::App& app);
subcommand add_eval_command(CLI::App& app);
subcommand add_extract_command(CLI::App& app);

}  // namespace newslib::cli
