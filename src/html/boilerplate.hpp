// What a page element's tag, class and id say about whether it holds article text.
#pragma once

#include "newslib/config.hpp"
#include <string_view>

#include <lexbor/dom/dom.h>

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// How the text walk treats an element.
enum class tag_role {
  skip,        // never article text: scripts, styles, navigation, forms' controls, media
  inline_text, // text flows through it into the enclosing block
  block,       // starts a block of its own (paragraph, div, section, …)
  line_break,  // <br>
};

/// The kind of block an element makes.
enum class block_kind { paragraph, heading, list_item, caption, cell, preformatted };

[[nodiscard]] tag_role role_of(lxb_tag_id_t tag) noexcept;
[[nodiscard]] block_kind kind_of(lxb_tag_id_t tag) noexcept;

/// Lowercased class and id of an element, space separated ("" when neither).
[[nodiscard]] std::string_view class_and_id(lxb_dom_element_t* element, std::string& buffer);

/// True when `names` (class and id) mark a box that is never the article:
/// comments, related stories, sharing, newsletters, cookie banners, ads, menus.
[[nodiscard]] bool is_boilerplate_box(std::string_view names) noexcept;

/// Evidence from class and id for (positive) or against (negative) a box
/// being the article's container.
[[nodiscard]] int class_weight(std::string_view names) noexcept;

/// True when the element is hidden by `hidden`, `aria-hidden="true"` or an
/// inline `display:none` / `visibility:hidden` style.
[[nodiscard]] bool is_hidden(lxb_dom_element_t* element) noexcept;

}  // namespace detail
NEWSLIB_END_NAMESPACE
