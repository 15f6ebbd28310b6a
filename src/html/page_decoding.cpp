// Bytes to UTF-8 for from_html: the one place that picks a page's charset.
#include "newslib/config.hpp"
#include "html/page_decoding.hpp"

#include <algorithm>
#include <optional>

#include <lexbor/html/encoding.h>

#include "text/utf8.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

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

namespace {

bool has_bom(std::string_view b) noexcept {
  return b.substr(0, 3) == "\xEF\xBB\xBF" || b.substr(0, 2) == "\xFF\xFE" ||
         b.substr(0, 2) == "\xFE\xFF";
}

bool is_ascii(std::string_view b) noexcept {
  return std::all_of(b.begin(), b.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

decoded_text decode_page(std::string_view bytes, std::string_view override_label) {
  if (!override_label.empty()) {
    if (std::optional<std::string> name = canonical_encoding(override_label)) {
      return decode(bytes, *name, utf8_errors::replace);
    }
  }
  if (has_bom(bytes)) return decode(bytes, "auto", utf8_errors::replace);
  std::optional<std::string> declared;
  const std::string label = declared_charset(bytes);
  if (!label.empty()) declared = canonical_encoding(label);
  if (declared) {
    // A page served as UTF-16 has no ASCII-compatible <meta>; one that says
    // so in ASCII is UTF-8 (the HTML standard's rule).
    if (declared->rfind("UTF-16", 0) == 0) declared = "UTF-8";
    const bool valid_utf8 = find_invalid_utf8(bytes) == npos;
    const bool says_utf8 = *declared == "UTF-8";
    if (says_utf8 == valid_utf8 || (valid_utf8 && is_ascii(bytes))) {
      return decode(bytes, *declared, utf8_errors::replace);
    }
    // The declaration is contradicted by the bytes: let detection decide.
  }
  return decode(bytes, "auto", utf8_errors::replace);
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
