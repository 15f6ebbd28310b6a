// Choosing which of a page's text blocks are the article.
#pragma once

#include "newslib/config.hpp"
#include <string>
#include <vector>

#include "html/text_blocks.hpp"
#include "newslib/html.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

struct article_text {
  std::string headline;          // empty when the page shows none
  span headline_page;
  bool headline_is_h1 = false;   // from an <h1> (else from <title>)
  std::vector<std::uint32_t> body;  // indexes into page_text::blocks, in page order
};

/// Scores the elements holding text by the text they hold (its length and
/// commas, less the share inside links, with evidence from class and id),
/// takes the best one with its related siblings, cleans boxes of links,
/// images or form controls out of it, and falls back to every long prose
/// block when that finds too little. Time linear in the page's text.
[[nodiscard]] article_text find_article(const page_text& text, const html_options& options);

}  // namespace detail
NEWSLIB_END_NAMESPACE
