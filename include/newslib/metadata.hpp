// newslib: what a news article says about itself, apart from its body.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "newslib/config.hpp"
#include "newslib/date.hpp"
#include "newslib/span.hpp"

NEWSLIB_BEGIN_NAMESPACE

/// Article metadata. Every field is absent when the text does not show it:
/// nothing is invented. Spans point into the document's text.
struct metadata {
  std::optional<span> title;            // the headline line
  std::optional<span> dateline;         // "SEOUL, Sept. 6 (Reuters) -"
  std::optional<calendar_date> date;    // publication date
  std::optional<span> date_text;        // where the date was read from
  std::optional<span> byline;           // "By Jane Doe and John Roe"
  std::vector<std::string> authors;     // names taken from the byline
  std::optional<std::string> source;    // agency or outlet: "Reuters", "AP"
  std::vector<span> trailer;            // closing lines kept out of the body
};

NEWSLIB_END_NAMESPACE
