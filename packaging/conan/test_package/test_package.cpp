#include <cstdlib>
#include <iostream>

#include <newslib/newslib.hpp>

int main() {
  const newslib::document doc(
      "Bridge reopens after repairs\n\n"
      "The Elm Street bridge reopened on Friday after six weeks of repairs. "
      "Buses will use it again from Monday. The work cost $2.1 million.\n");
  newslib::summary_options options;
  options.length = newslib::budget::sentences(1);
  const auto summary = newslib::summarize(doc, options);
  if (summary.selected.empty()) return EXIT_FAILURE;
  std::cout << "newslib " << newslib::version() << ": " << summary.text << '\n';
  return EXIT_SUCCESS;
}
