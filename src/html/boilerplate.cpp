// Tag roles and the class/id vocabulary of page furniture (navigation, ads,
// comments, sharing) versus article containers. The words are generic web
// conventions, not any site's names.
#include "newslib/config.hpp"
#include "html/boilerplate.hpp"

#include <array>
#include <string>

#include "html/dom_attributes.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

bool contains(std::string_view haystack, std::string_view needle) noexcept {
  return haystack.find(needle) != std::string_view::npos;
}

template <std::size_t N>
bool contains_any(std::string_view names, const std::array<std::string_view, N>& words) noexcept {
  for (std::string_view w : words) {
    if (contains(names, w)) return true;
  }
  return false;
}

// Boxes that are page furniture whatever else their names say.
constexpr std::array<std::string_view, 22> furniture = {
    "comment",  "disqus",    "cookie",   "consent",   "gdpr",      "newsletter",
    "outbrain", "taboola",   "related",  "recommend", "share",     "sharing",
    "social",   "subscribe", "signup",   "sign-up",   "breadcrumb", "most-popular",
    "trending", "paywall",   "skip-link", "advert"};
// Boxes that look like furniture unless their names also speak of the article
// (a "main-content has-sidebar" wrapper holds the article).
constexpr std::array<std::string_view, 14> maybe_furniture = {
    "banner", "sponsor", "promo",    "sidebar", "menu",       "navbar",    "nav-",
    "masthead", "footer", "pagination", "pager", "skyscraper", "popup",   "modal"};
constexpr std::array<std::string_view, 6> article_words = {"article", "content", "story",
                                                           "main",    "body",    "post"};
constexpr std::array<std::string_view, 14> positive = {
    "article", "body",  "content", "entry", "hentry", "h-entry", "main",
    "page",    "post",  "text",    "blog",  "story",  "prose",   "rich-text"};
constexpr std::array<std::string_view, 26> negative = {
    "hidden",  "banner",  "combx",     "comment", "com-",    "contact", "foot",
    "footnote", "gdpr",   "masthead",  "media",   "meta",    "outbrain", "promo",
    "related", "scroll",  "share",     "shoutbox", "sidebar", "skyscraper", "sponsor",
    "shopping", "tags",   "tool",      "widget",  "byline"};

}  // namespace

tag_role role_of(lxb_tag_id_t tag) noexcept {
  switch (tag) {
    case LXB_TAG_SCRIPT: case LXB_TAG_STYLE: case LXB_TAG_NOSCRIPT: case LXB_TAG_TEMPLATE:
    case LXB_TAG_IFRAME: case LXB_TAG_OBJECT: case LXB_TAG_EMBED: case LXB_TAG_SVG:
    case LXB_TAG_MATH: case LXB_TAG_HEAD: case LXB_TAG_TITLE: case LXB_TAG_NAV:
    case LXB_TAG_BUTTON: case LXB_TAG_SELECT:
    case LXB_TAG_OPTION: case LXB_TAG_TEXTAREA: case LXB_TAG_INPUT: case LXB_TAG_CANVAS:
    case LXB_TAG_AUDIO: case LXB_TAG_VIDEO: case LXB_TAG_MAP: case LXB_TAG_DIALOG:
    case LXB_TAG_MENU: case LXB_TAG_FRAME: case LXB_TAG_FRAMESET: case LXB_TAG_NOFRAMES:
    case LXB_TAG_PICTURE: case LXB_TAG_SOURCE: case LXB_TAG_TRACK: case LXB_TAG_IMG:
    case LXB_TAG_RP: case LXB_TAG_RT: case LXB_TAG_DATALIST: case LXB_TAG_OPTGROUP:
      return tag_role::skip;
    case LXB_TAG_BR:
      return tag_role::line_break;
    case LXB_TAG_P: case LXB_TAG_DIV: case LXB_TAG_SECTION: case LXB_TAG_ARTICLE:
    case LXB_TAG_MAIN: case LXB_TAG_H1: case LXB_TAG_H2: case LXB_TAG_H3: case LXB_TAG_H4:
    case LXB_TAG_H5: case LXB_TAG_H6: case LXB_TAG_LI: case LXB_TAG_UL: case LXB_TAG_OL:
    case LXB_TAG_DL: case LXB_TAG_DT: case LXB_TAG_DD: case LXB_TAG_BLOCKQUOTE:
    case LXB_TAG_PRE: case LXB_TAG_FIGURE: case LXB_TAG_FIGCAPTION: case LXB_TAG_TABLE:
    case LXB_TAG_TR: case LXB_TAG_TD: case LXB_TAG_TH: case LXB_TAG_CAPTION:
    case LXB_TAG_ADDRESS: case LXB_TAG_HR: case LXB_TAG_HEADER: case LXB_TAG_CENTER:
    case LXB_TAG_DETAILS: case LXB_TAG_SUMMARY: case LXB_TAG_FIELDSET: case LXB_TAG_TBODY:
    case LXB_TAG_THEAD: case LXB_TAG_TFOOT: case LXB_TAG_FORM: case LXB_TAG_BODY:
    case LXB_TAG_HGROUP: case LXB_TAG_LEGEND: case LXB_TAG_FOOTER: case LXB_TAG_ASIDE:
      return tag_role::block;
    default:
      return tag_role::inline_text;
  }
}

block_kind kind_of(lxb_tag_id_t tag) noexcept {
  switch (tag) {
    case LXB_TAG_H1: case LXB_TAG_H2: case LXB_TAG_H3: case LXB_TAG_H4: case LXB_TAG_H5:
    case LXB_TAG_H6:
      return block_kind::heading;
    case LXB_TAG_LI: case LXB_TAG_DT: case LXB_TAG_DD:
      return block_kind::list_item;
    case LXB_TAG_FIGCAPTION: case LXB_TAG_CAPTION:
      return block_kind::caption;
    case LXB_TAG_TD: case LXB_TAG_TH:
      return block_kind::cell;
    case LXB_TAG_PRE:
      return block_kind::preformatted;
    default:
      return block_kind::paragraph;
  }
}

std::string_view class_and_id(lxb_dom_element_t* element, std::string& buffer) {
  buffer.clear();
  for (std::string_view name : {std::string_view("class"), std::string_view("id")}) {
    const std::string_view v = attribute_value(element, name);
    if (v.empty()) continue;
    if (!buffer.empty()) buffer.push_back(' ');
    for (const char c : v) {
      buffer.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c);
    }
  }
  return buffer;
}

bool is_boilerplate_box(std::string_view names) noexcept {
  if (names.empty()) return false;
  if (contains_any(names, furniture)) return true;
  return contains_any(names, maybe_furniture) && !contains_any(names, article_words);
}

int class_weight(std::string_view names) noexcept {
  if (names.empty()) return 0;
  int weight = 0;
  if (contains_any(names, negative)) weight -= 25;
  if (contains_any(names, positive)) weight += 25;
  return weight;
}

bool is_hidden(lxb_dom_element_t* element) noexcept {
  if (element->first_attr == nullptr) return false;
  if (has_attribute(element, "hidden")) return true;
  if (attribute_value(element, "aria-hidden") == "true") return true;
  const std::string_view style = attribute_value(element, "style");
  if (style.empty()) return false;
  std::string compact;
  compact.reserve(style.size());
  for (std::size_t i = 0; i < style.size() && i < 512; ++i) {
    const char c = style[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    compact.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c);
  }
  return contains(compact, "display:none") || contains(compact, "visibility:hidden");
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
