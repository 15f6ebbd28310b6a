// newslib: what a web page's markup says about the article it carries.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "newslib/config.hpp"
#include "newslib/date.hpp"

NEWSLIB_BEGIN_NAMESPACE

/// Where in a page a metadata field was found. When several places agree the
/// most specific one is named (JSON-LD before OpenGraph before <meta>).
enum class page_field_origin {
  json_ld,        // a schema.org NewsArticle / Article object in <script type="application/ld+json">
  open_graph,     // <meta property="og:…"> or "article:…"
  meta_tag,       // other <meta name=…> / <meta itemprop=…> (author, date, description, …)
  title_element,  // <title>, trimmed of the site name
  heading,        // the article's <h1>
  time_element,   // <time datetime> inside the article
  link_element,   // <link rel=canonical>, <a rel=author>
  byline_block,   // an element whose class or id marks it as the byline
  html_lang,      // <html lang>
  url,            // the page's address (a /2024/05/17/ date path)
  text,           // the extracted article text (newslib's text rules)
};

/// A metadata value and where it came from.
template <typename T>
struct page_field {
  T value{};
  page_field_origin origin = page_field_origin::text;
};

/// Metadata read from a page's markup. Every field is absent when the page
/// does not show it: nothing is invented.
struct page_metadata {
  std::optional<page_field<std::string>> title;
  std::optional<page_field<std::string>> description;
  std::optional<page_field<std::string>> site_name;
  std::optional<page_field<std::string>> canonical_url;
  std::optional<page_field<std::string>> section;
  std::optional<page_field<std::string>> language;        // BCP 47 as written, e.g. "en-GB"
  std::optional<page_field<calendar_date>> published;
  std::optional<page_field<calendar_date>> modified;
  std::optional<page_field<std::vector<std::string>>> authors;  // people, not outlets or "Staff"
  std::vector<std::string> tags;                          // keywords / article:tag, in page order
};

/// The name of an origin, as used in JSON output: "json_ld", "open_graph", …
[[nodiscard]] NEWSLIB_API const char* to_string(page_field_origin origin) noexcept;

NEWSLIB_END_NAMESPACE
