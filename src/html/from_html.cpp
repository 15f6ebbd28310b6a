// from_html: page bytes → UTF-8 → DOM → article blocks → document.
#include "newslib/config.hpp"
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "document_builder.hpp"
#include "html/article_extractor.hpp"
#include "html/collapse_whitespace.hpp"
#include "html/dom_attributes.hpp"
#include "html/json_ld.hpp"
#include "html/markup_metadata.hpp"
#include "html/metadata_lines.hpp"
#include "html/page_decoding.hpp"
#include "html/parsed_page.hpp"
#include "html/text_blocks.hpp"
#include "newslib/error.hpp"
#include "newslib/html.hpp"

NEWSLIB_BEGIN_NAMESPACE

/// Fills the page side of a document (a friend of document).
struct html_document_builder {
  static void attach(document& doc, web_page&& page) {
    doc.page_ = detail::page_holder(std::move(page));
  }
};

namespace {

// Below this much body text a page is not taken to carry an article.
constexpr std::size_t min_article_bytes = 100;

// What a body block was on the page, as the public record names it.
html_block_kind public_kind(const detail::text_block& block) noexcept {
  using detail::block_kind;
  switch (block.kind) {
    case block_kind::heading: return html_block_kind::heading;
    case block_kind::list_item: return html_block_kind::list_item;
    case block_kind::caption: return html_block_kind::caption;
    case block_kind::cell: return html_block_kind::table_cell;
    case block_kind::preformatted: return html_block_kind::preformatted;
    case block_kind::paragraph: break;
  }
  return block.in_quote ? html_block_kind::quotation : html_block_kind::paragraph;
}

// Page metadata from the text rules, for what the markup does not say.
void fill_from_text(const document& doc, page_field_origin headline_origin, page_metadata& m) {
  if (!m.title) {
    if (auto title = doc.title()) m.title = page_field<std::string>{std::string(*title), headline_origin};
  }
  if (!m.published && doc.meta().date) {
    m.published = page_field<calendar_date>{*doc.meta().date, page_field_origin::text};
  }
  if (!m.authors && !doc.meta().authors.empty()) {
    m.authors = page_field<std::vector<std::string>>{doc.meta().authors, page_field_origin::text};
  }
}

// Body blocks this close to either end may be metadata lines (a date, a byline).
constexpr std::size_t edge_blocks = 3;

// A body of this many bytes or more in JSON-LD "articleBody" may stand in for
// the text walk's body when that is much shorter (under a half of it).
constexpr std::size_t min_json_ld_body_bytes = 400;

// The article's body as the page's JSON-LD writes it: its paragraphs (lines,
// whitespace collapsed) and the bytes of the <script> element's content it
// came from. Empty when no JSON-LD block carries a plain-text "articleBody".
struct json_ld_body {
  std::vector<std::string> paragraphs;
  std::size_t bytes = 0;
  span page;
};

json_ld_body find_json_ld_body(const detail::parsed_page& parsed) {
  json_ld_body out;
  auto* root = lxb_dom_interface_node(parsed.document());
  if (root == nullptr) return out;
  // Every element, iteratively (page depth is unbounded).
  for (lxb_dom_node_t* node = root->first_child; node != nullptr;) {
    if (node->type == LXB_DOM_NODE_TYPE_ELEMENT && node->local_name == LXB_TAG_SCRIPT) {
      std::string kind = detail::collapse_whitespace(
          detail::attribute_value(lxb_dom_interface_element(node), "type"));
      for (char& c : kind) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      if (kind.rfind("application/ld+json", 0) == 0) {
        std::string block;
        span at;
        for (lxb_dom_node_t* child = node->first_child; child != nullptr; child = child->next) {
          if (child->type != LXB_DOM_NODE_TYPE_TEXT) continue;
          const lexbor_str_t& data = lxb_dom_interface_character_data(child)->data;
          block.append(reinterpret_cast<const char*>(data.data), data.length);
          const span s = parsed.source_of(child);
          if (s.empty()) continue;
          at = at.empty() ? s : span{std::min(at.begin, s.begin), std::max(at.end, s.end)};
        }
        const std::string body = detail::read_json_ld({std::string_view(block)}).article_body;
        // Markup inside the string is not plain text: such bodies are left alone.
        if (!body.empty() && body.find("</") == std::string::npos) {
          std::size_t start = 0;
          while (start <= body.size()) {
            std::size_t end = body.find('\n', start);
            if (end == std::string::npos) end = body.size();
            std::string line = detail::collapse_whitespace(std::string_view(body).substr(start, end - start));
            if (!line.empty()) {
              out.bytes += line.size();
              out.paragraphs.push_back(std::move(line));
            }
            start = end + 1;
          }
          out.page = at;
          if (!out.paragraphs.empty()) return out;
        }
      }
    }
    if (node->first_child != nullptr && node->local_name != LXB_TAG_SCRIPT) {
      node = node->first_child;
      continue;
    }
    while (node != nullptr && node->next == nullptr) {
      node = node->parent;
      if (node == root) return out;
    }
    if (node != nullptr) node = node->next;
  }
  return out;
}

}  // namespace

document from_html(std::string_view html, const html_options& options) {
  if (html.size() > options.max_bytes) {
    throw input_too_large("page is " + std::to_string(html.size()) +
                          " bytes, larger than html_options::max_bytes (" +
                          std::to_string(options.max_bytes) + " bytes)");
  }
  const decoded_text decoded = detail::decode_page(html, options.encoding);
  detail::parsed_page parsed(decoded.text());
  const detail::page_text text = detail::collect_text(parsed);
  detail::article_text article = detail::find_article(text, options);

  web_page page;
  page.metadata = detail::read_page_metadata(parsed.document(), options.url);
  // The markup's title wins over the headline the text walk chose; the walk's
  // block still says where the headline is on the page.
  page_field_origin headline_origin = page_field_origin::heading;
  if (page.metadata.title && !page.metadata.title->value.empty()) {
    const std::string& title = page.metadata.title->value;
    // <title> is the page's label (often with the site's name): the article's
    // own <h1>, when the walk found one, names it better.
    const bool h1_better = page.metadata.title->origin == page_field_origin::title_element &&
                           article.headline_is_h1;
    if (h1_better) {
      page.metadata.title = page_field<std::string>{article.headline, page_field_origin::heading};
    } else {
      article.headline = title;
      headline_origin = page.metadata.title->origin;
    }
  }

  // The document's text: headline, blank line, body blocks separated by blank lines.
  page.encoding = decoded.encoding();
  page.page_size = html.size();
  std::size_t body_bytes = 0;
  for (std::uint32_t b : article.body) body_bytes += text.blocks[b].text.size();
  // A JSON-LD articleBody much longer than what the text walk found is the
  // better body (pages that show only a teaser, or build the article with
  // scripts). Its paragraphs all point at the <script>'s content bytes.
  json_ld_body ld_body = find_json_ld_body(parsed);
  const bool use_ld_body =
      ld_body.bytes >= min_json_ld_body_bytes && ld_body.bytes > 2 * body_bytes;
  if (use_ld_body) body_bytes = ld_body.bytes;
  page.no_article = body_bytes < min_article_bytes;
  std::string out;
  out.reserve(article.headline.size() + body_bytes + 2 * article.body.size() + 2);
  // Body blocks keep page order; a block whose source is unknown (text the
  // parser moved, as in foster parenting) gets an empty span where it would be.
  std::size_t page_end = 0;
  auto add = [&](const std::string& block, span source, bool ordered, html_block_kind kind) {
    if (!out.empty()) out += "\n\n";
    const std::size_t begin = out.size();
    out += block;
    span at = decoded.source_span(source);
    if (ordered) {
      if (source.empty() || at.begin < page_end) at = span{page_end, std::max(page_end, at.end)};
      page_end = at.end;
    }
    page.blocks.push_back(html_block{span{begin, out.size()}, at, kind});
  };
  if (!article.headline.empty()) {
    add(article.headline, article.headline_page, false, html_block_kind::headline);
    page.has_headline = true;
  }
  if (use_ld_body) {
    for (const std::string& paragraph : ld_body.paragraphs) {
      if (paragraph == article.headline) continue;
      add(paragraph, ld_body.page, false, html_block_kind::paragraph);
    }
  } else if (!page.no_article) {
    const std::size_t n = article.body.size();
    for (std::size_t i = 0; i < n; ++i) {
      const detail::text_block& block = text.blocks[article.body[i]];
      if (block.text == article.headline) continue;
      // A date line or byline just under the headline or at the end is the
      // markup's metadata again, not article text.
      const bool edge = i < edge_blocks || i + edge_blocks >= n;
      if (edge && detail::repeats_page_metadata(block.text, page.metadata)) continue;
      add(block.text, block.page, true, public_kind(block));
    }
  }

  if (page.no_article) {
    // No article, no body: the headline stays in the metadata only, where the
    // text rules cannot take a lone line for a paragraph.
    if (!page.metadata.title && !article.headline.empty()) {
      page.metadata.title = page_field<std::string>{article.headline, headline_origin};
    }
    out.clear();
    page.blocks.clear();
    page.has_headline = false;
  }

  parse_options parse;
  parse.language = options.language;
  parse.errors = utf8_errors::replace;
  document doc;
  document_builder::build(doc, std::move(out), parse, page.has_headline);
  fill_from_text(doc, headline_origin, page.metadata);
  html_document_builder::attach(doc, std::move(page));
  return doc;
}

NEWSLIB_END_NAMESPACE
