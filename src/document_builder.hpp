// The one place that fills a document's private fields (a friend of document).
#pragma once

#include <string>

#include "newslib/document.hpp"

NEWSLIB_BEGIN_NAMESPACE

struct document_builder {
  /// Parses `text` into `doc` (see document.cpp for the steps).
  static void build(document& doc, std::string text, const parse_options& options);
};

NEWSLIB_END_NAMESPACE
