// The page's text, cut into blocks (paragraphs, headings, list items, …) with
// statistics of every element that holds them.
#pragma once

#include "newslib/config.hpp"
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <lexbor/html/html.h>

#include "html/boilerplate.hpp"
#include "html/parsed_page.hpp"
#include "newslib/span.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

struct text_block {
  std::string text;            // whitespace collapsed; <br> kept as '\n'
  span page;                   // page bytes of its first to last character
  std::uint32_t element = 0;   // index of the block element holding it (page_text::elements)
  std::uint32_t link_chars = 0;  // characters inside <a>
  block_kind kind = block_kind::paragraph;
  bool in_quote = false;       // inside a <blockquote>
  bool boxed = false;          // inside a box whose class or id says furniture
};

/// One element that was walked into (skipped subtrees have none).
struct element_info {
  lxb_dom_node_t* node = nullptr;
  std::uint32_t parent = 0;       // index; the root is its own parent
  std::uint32_t first_block = 0;  // blocks [first_block, end_block) lie inside it
  std::uint32_t end_block = 0;
  std::uint32_t end_element = 0;  // its descendants are the elements (index, end_element)
  std::uint32_t images = 0;       // <img> inside
  std::uint32_t inputs = 0;       // form controls inside
  std::int32_t weight = 0;        // class_weight of its class and id
  bool article_body = false;      // itemprop="articleBody": the page names it the article
  lxb_tag_id_t tag = LXB_TAG__UNDEF;
};

struct page_text {
  std::vector<text_block> blocks;
  std::vector<element_info> elements;  // in document order; [0] is <body>
  std::string title;                   // <title>, whitespace collapsed
  span title_page;
};

/// Walks the page (iteratively: depth costs no stack) and collects its text.
/// Subtrees that are never article text (role skip, hidden) are left out;
/// text in boxes whose names say furniture is marked `boxed`. Time linear in
/// the page.
[[nodiscard]] page_text collect_text(const parsed_page& page);

}  // namespace detail
NEWSLIB_END_NAMESPACE
