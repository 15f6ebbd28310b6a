// The article a page describes in schema.org JSON-LD
// (<script type="application/ld+json">): NewsArticle, Article, BlogPosting, …
#pragma once

#include "newslib/config.hpp"
#include <string>
#include <string_view>
#include <vector>

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// What the page's JSON-LD says about its article. Empty strings are absent
/// values; dates are kept as written.
struct json_ld_article {
  std::string headline;                 // "headline"
  std::string name;                     // the article's "name" (often the headline too)
  std::string description;
  std::string date_published;
  std::string date_modified;
  std::vector<std::string> authors;     // names of Person authors (and bare strings)
  std::string publisher;                // the publisher's or website's name
  std::string section;                  // "articleSection"
  std::vector<std::string> keywords;
  std::string language;                 // "inLanguage"
  std::string url;                      // "url" or "mainEntityOfPage"
  std::string article_body;             // "articleBody", as written (line breaks kept)
  bool found_article = false;           // an article-typed object was seen
};

/// Nesting deeper than this in one JSON-LD block makes the block be skipped.
inline constexpr int kMaxJsonLdDepth = 64;

/// Reads the JSON-LD blocks of a page (each the text of one script element).
/// Handles "@graph", arrays of objects, authors as strings, objects, arrays and
/// "@id" references. Malformed or too deeply nested blocks are skipped.
[[nodiscard]] json_ld_article read_json_ld(const std::vector<std::string_view>& blocks);

}  // namespace detail
NEWSLIB_END_NAMESPACE
