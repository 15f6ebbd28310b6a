// newslib: the command-line tool.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>
#include <iostream>
#include <new>
#include <vector>

#include "cli_error.hpp"
#include "commands/commands.hpp"
#include "newslib/error.hpp"
#include "newslib/version.hpp"

namespace {

int fail(int status, const std::string& message) {
  std::fprintf(stderr, "newslib: %s\n", newslib::cli::printable(message).c_str());
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace newslib::cli;
  std::ios::sync_with_stdio(false);

  CLI::App app{"newslib: news articles from the command line: metadata, sentences, "
               "extractive summaries, keywords and ROUGE.",
               "newslib"};
  app.set_version_flag("--version", std::string("newslib ") + newslib::version());
  app.require_subcommand(1);
  app.fallthrough(false);

  std::vector<subcommand> commands;
  try {
    commands = {add_summarize_command(app), add_sentences_command(app),
                add_keywords_command(app), add_info_command(app), add_eval_command(app),
                add_extract_command(app)};
  } catch (const std::exception& e) {
    return fail(exit_failure, e.what());
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version end here with status 0; real mistakes get 2.
    const int status = app.exit(e);
    return status == 0 ? exit_ok : exit_usage;
  }

  try {
    for (const auto& command : commands) {
      if (command.app->parsed()) return command.run();
    }
    return fail(exit_usage, "no subcommand given");
  } catch (const usage_error& e) {
    return fail(exit_usage, e.what());
  } catch (const newslib::invalid_argument& e) {
    return fail(exit_usage, e.what());
  } catch (const std::bad_alloc&) {
    return fail(exit_failure, "out of memory");
  } catch (const std::exception& e) {
    return fail(exit_failure, e.what());
  }
}
