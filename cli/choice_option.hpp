// newslib CLI: options that take one word from a fixed set ("--format json").
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <utility>
#include <vector>

namespace newslib::cli {

/// Adds `name` taking one of the words in `choices` (in the order given, the
/// first being the default shown in --help) and storing its value in `target`.
/// Unlike CLI11's enum transformers, it accepts the words only, not numbers.
template <typename T>
CLI::Option* add_choice_option(CLI::App& app, const std::string& name, T& target,
                               std::vector<std::pair<std::string, T>> choices,
                               const std::string& help, const std::string& type_name) {
  std::vector<std::string> words;
  for (const auto& choice : choices) words.push_back(choice.first);
  const std::string default_word = words.front();
  return app
      .add_option_function<std::string>(
          name,
          [&target, choices = std::move(choices)](const std::string& word) {
            for (const auto& choice : choices) {
              if (choice.first == word) target = choice.second;
            }
          },
          help)
      ->check(CLI::IsMember(words))
      ->type_name(type_name)
      ->default_str(default_word);
}

}  // namespace newslib::cli
