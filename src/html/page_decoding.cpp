// Bytes to UTF-8 for from_html: the one place that picks a page's charset.
#include "html/page_decoding.hpp"

#include <algorithm>
#include <vector>

#include <lexbor/html/encoding.h>

#include "unicode/utf8.hpp"

namespace newslib::detail {

std::string declared_charset(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 1024);
  lxb_html_encoding_t em;
  if (lxb_html_encoding_init(&em) != LXB_STATUS_OK) {
    lxb_html_encoding_destroy(&em, false);
    return {};
  }
  std::string label;
  const auto* data = reinterpret_cast<const lxb_char_t*>(bytes.data());
  if (lxb_html_encoding_determine(&em, data, data + n) == LXB_STATUS_OK &&
      lxb_html_encoding_meta_length(&em) > 0) {
    const lxb_html_encoding_entry_t* e = lxb_html_encoding_meta_entry(&em, 0);
    label.assign(reinterpret_cast<const char*>(e->name), static_cast<std::size_t>(e->end - e->name));
  }
  lxb_html_encoding_destroy(&em, false);
  return label;
}

decoded_page decode_page(std::string_view bytes, std::string_view override_label) {
  decoded_page page;
  (void)override_label;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    page.lead = 3;
    bytes.remove_prefix(3);
  }
  page.encoding = "utf-8";
  if (find_invalid_utf8(bytes) == npos) {
    page.text.assign(bytes);
  } else {
    std::vector<span> replaced;
    page.text = replace_invalid_utf8(bytes, replaced);
  }
  return page;
}

}  // namespace newslib::detail
