// A page parsed by lexbor, with the byte range each text node came from.
#pragma once

#include "newslib/config.hpp"
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include <lexbor/html/html.h>

#include "newslib/span.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Owns a lexbor document built from UTF-8 `html`. While parsing, every text
/// node is tagged (through its `user` field) with the byte range of `html`
/// its characters were read from, so extracted text can point back to the
/// page. Markup that lexbor cannot parse at all (out of memory) leaves an
/// empty document; nothing throws.
class parsed_page {
 public:
  explicit parsed_page(std::string_view html);
  ~parsed_page();
  parsed_page(const parsed_page&) = delete;
  parsed_page& operator=(const parsed_page&) = delete;

  [[nodiscard]] lxb_html_document_t* document() const noexcept { return doc_; }
  /// <body> (or <frameset>), or null.
  [[nodiscard]] lxb_dom_node_t* body() const noexcept;

  /// Bytes of the html the text node's characters came from; empty when
  /// unknown (text the parser made up).
  [[nodiscard]] span source_of(const lxb_dom_node_t* text) const noexcept {
    const auto id = reinterpret_cast<std::uintptr_t>(text->user);
    return id == 0 || id > ranges_.size() ? span{} : ranges_[id - 1];
  }

 private:
  static lxb_html_token_t* on_token(lxb_html_tokenizer_t* tkz, lxb_html_token_t* token, void* ctx);

  lxb_html_document_t* doc_ = nullptr;
  std::string_view html_;
  lxb_html_tree_t* tree_ = nullptr;
  lxb_html_tokenizer_token_f parse_token_ = nullptr;  // lexbor's tree builder
  void* parse_context_ = nullptr;
  std::vector<span> ranges_;
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
