// A program that uses newslib as a consumer would: parse an article, check
// that every span slices the text back exactly, and summarise it.
#include <cstdio>
#include <string>

#include <newslib/newslib.hpp>

namespace {

int failures = 0;

void check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "FAILED: %s\n", what);
    ++failures;
  }
}

const char* const article =
    "Harbour town opens its first electric ferry line\n"
    "\n"
    "PORTVALE, June 3 (Newslib Wire) - Portvale opened its first electric ferry line on "
    "Monday, linking the old harbour with the island of Skerra in 14 minutes.\n"
    "\n"
    "The two boats, built at a yard 40 km up the coast, each carry 120 passengers and "
    "charge their batteries at the harbour during a six-minute stop. The town expects the "
    "line to carry about 900,000 trips a year.\n"
    "\n"
    "\"People have waited a long time for this,\" said harbour master Ingrid Dahl. The old "
    "diesel ferry will stay in reserve until the end of the summer.\n";

}  // namespace

int main() {
  const std::string text = article;
  const newslib::document doc(text);
  check(doc.text() == text, "the document keeps the text unchanged");
  check(doc.sentences().size() >= 4, "the body has at least four sentences");

  std::size_t previous_end = 0;
  for (const auto& sentence : doc.sentences()) {
    const auto bytes = sentence.bytes;
    check(bytes.begin < bytes.end && bytes.end <= text.size(), "sentence span in range");
    check(bytes.begin >= previous_end, "sentences in order, not overlapping");
    check(doc.slice(bytes) == text.substr(bytes.begin, bytes.size()),
          "a sentence span slices the text");
    previous_end = bytes.end;
  }

  newslib::summary_options options;
  options.length = newslib::budget::sentences(2);
  const auto summary = newslib::summarize(doc, options);
  check(!summary.selected.empty() && summary.selected.size() <= 2, "one or two sentences");
  check(summary.scores.size() == doc.sentences().size(), "a score for every sentence");
  check(!summary.text.empty(), "the summary text is not empty");
  for (const auto& chosen : summary.selected) {
    check(chosen.index < doc.sentences().size(), "selected index in range");
    check(chosen.bytes == doc.sentences()[chosen.index].bytes, "selected span is the sentence");
    check(summary.text.find(std::string(doc.slice(chosen.bytes))) != std::string::npos,
          "the summary text holds each selected sentence");
  }

  const auto self = newslib::rouge(summary.text, summary.text);
  check(self.rouge1.f1 > 0.999, "a summary scores ROUGE-1 F 1 against itself");

  const auto spans = newslib::split_sentences("One sentence here. And a second one.");
  check(spans.size() == 2, "split_sentences finds two sentences");

  std::printf("%s\n", summary.text.c_str());
  return failures == 0 ? 0 : 1;
}
