// newslib: news web pages in, documents out.
#pragma once

#include "newslib/config.hpp"
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "newslib/document.hpp"
#include "newslib/page_metadata.hpp"
#include "newslib/span.hpp"

NEWSLIB_BEGIN_NAMESPACE

struct html_options {
  /// The page's address, when known: it resolves relative links and may carry
  /// a date (/2024/05/17/).
  std::string url;
  /// A charset label that overrides whatever the page declares ("" to follow
  /// the byte order mark, then <meta charset>, then detection).
  std::string encoding;
  /// Larger pages throw `input_too_large`.
  std::size_t max_bytes = std::size_t{64} << 20;
  bool keep_tables = true;     // text of data tables (short cells) inside the article
  bool keep_captions = true;   // <figcaption> and <caption> (picture credits never are kept)
  bool keep_lists = true;      // <li> items inside the article
  /// ISO 639-1 code, or "auto" to identify the language of the extracted text.
  std::string language = "auto";
};

/// What a block of the extracted article was on the page.
enum class html_block_kind : unsigned char {
  headline,      // the article's headline (blocks[0] when has_headline)
  paragraph,     // <p> and other running text, and JSON-LD articleBody paragraphs
  heading,       // <h1>–<h6> inside the article (subheads, standfirsts)
  list_item,     // <li>, <dt>, <dd>
  quotation,     // running text inside <blockquote>
  caption,       // <figcaption>, <caption>: never picked for a summary
  table_cell,    // text of a data table's cell
  preformatted,  // <pre>
};

/// The kind's name as the command line and Python show it ("list_item", …).
[[nodiscard]] NEWSLIB_API const char* to_string(html_block_kind kind) noexcept;

/// One block of the extracted article (a paragraph, heading, list item,
/// quotation or caption): where its text is in the document, where it came
/// from in the original page, and what it was there.
struct html_block {
  span text;  // into document::text()
  span page;  // into the page's original bytes: first to last byte of its text
  html_block_kind kind = html_block_kind::paragraph;
};

/// What a document made from a web page knows about that page.
struct NEWSLIB_API web_page {
  /// What the markup says (title, dates, authors, site, …), merged with what
  /// the text rules found; each field names its origin.
  page_metadata metadata;
  /// The charset the page was decoded from (canonical name, e.g. "UTF-8").
  std::string encoding;
  /// Size of the original page in bytes.
  std::size_t page_size = 0;
  /// The headline's block (when there is one), then the body's blocks, in
  /// document order. Body blocks are in page order too: their page spans
  /// never overlap or go back (a block whose source the parser lost gets an
  /// empty span there). The headline's page span is wherever the page shows
  /// it (its <h1>, or <title> in the head), empty when only metadata says it.
  std::vector<html_block> blocks;
  /// True when blocks[0] is the headline's.
  bool has_headline = false;
  /// True when the page carries no article (a front page, a form, a frameset,
  /// script only): the document then has a headline at most and no body.
  bool no_article = false;

  /// The page bytes of the text span `s` of the document: from the page start
  /// of the first block `s` touches to the page end of the last one. An empty
  /// span when `s` touches no block.
  [[nodiscard]] span page_span(span s) const noexcept;

  /// Bytes the page's record holds: its own size and the capacity of its
  /// strings and tables (allocator overhead not counted). The original page
  /// is not kept, so its size is not part of this.
  [[nodiscard]] std::size_t memory_usage() const noexcept;
};

/// Extracts the article from a web page (bytes in any charset newslib knows)
/// and parses it like text: the document's text is the headline, a blank
/// line, then the body's paragraphs separated by blank lines. `page()` of the
/// result holds the page's metadata and where every block came from. Never
/// fails on malformed markup: a page without an article gives a document
/// without a body and `page()->no_article` set. Throws `input_too_large`
/// beyond `options.max_bytes`, `invalid_argument` for a bad language code.
///
/// **Example**:
///   newslib::html_options options;
///   options.url = url;
///   newslib::document doc = newslib::from_html(page_bytes, options);
///   for (const auto& p : doc.paragraphs())
///     std::cout << doc.slice(p.bytes) << "  [page bytes "
///               << doc.page()->page_span(p.bytes).begin << "]\n";
[[nodiscard]] NEWSLIB_API document from_html(std::string_view html, const html_options& options = {});

NEWSLIB_END_NAMESPACE
