#include "newslib/config.hpp"
#include "newslib/page_metadata.hpp"

NEWSLIB_BEGIN_NAMESPACE

const char* to_string(page_field_origin origin) noexcept {
  switch (origin) {
    case page_field_origin::json_ld: return "json_ld";
    case page_field_origin::open_graph: return "open_graph";
    case page_field_origin::meta_tag: return "meta_tag";
    case page_field_origin::title_element: return "title_element";
    case page_field_origin::heading: return "heading";
    case page_field_origin::time_element: return "time_element";
    case page_field_origin::link_element: return "link_element";
    case page_field_origin::byline_block: return "byline_block";
    case page_field_origin::html_lang: return "html_lang";
    case page_field_origin::url: return "url";
    case page_field_origin::text: return "text";
  }
  return "text";
}

NEWSLIB_END_NAMESPACE
