// The one place that fills a document's private fields (a friend of document).
#pragma once

#include <string>

#include "newslib/document.hpp"

NEWSLIB_BEGIN_NAMESPACE

struct document_builder {
  /// Parses `text` into `doc` (see document.cpp for the steps). With
  /// `first_line_is_headline` (from_html, whose markup knows the headline)
  /// the first line is the headline even when it does not look like one.
  static void build(document& doc, std::string text, const parse_options& options,
                    bool first_line_is_headline = false);
};

NEWSLIB_END_NAMESPACE
