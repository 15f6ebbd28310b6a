// Parsing with lexbor while recording where each text node's characters were.
#include "newslib/config.hpp"
#include "html/parsed_page.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

constexpr std::size_t max_depth = 512;

}  // namespace

parsed_page::parsed_page(std::string_view html) : html_(html) {
  doc_ = lxb_html_document_create();
  if (doc_ == nullptr) return;
  if (lxb_html_document_parse_chunk_begin(doc_) != LXB_STATUS_OK) return;
  // The tokenizer hands each token to the tree builder; we sit in between to
  // see the token's bytes, then which text node it went into.
  auto* parser = static_cast<lxb_html_parser_t*>(doc_->dom_document.parser);
  lxb_html_tokenizer_t* tkz = parser->tkz;
  tree_ = parser->tree;
  parse_token_ = tkz->callback_token_done;
  parse_context_ = tkz->callback_token_ctx;
  lxb_html_tokenizer_callback_token_done_set(tkz, &parsed_page::on_token, this);
  // One chunk, so token pointers point into `html`.
  (void)lxb_html_document_parse_chunk(doc_, reinterpret_cast<const lxb_char_t*>(html.data()),
                                      html.size());
  (void)lxb_html_document_parse_chunk_end(doc_);
}

parsed_page::~parsed_page() {
  if (doc_ != nullptr) lxb_html_document_destroy(doc_);
}

lxb_dom_node_t* parsed_page::body() const noexcept {
  if (doc_ == nullptr) return nullptr;
  lxb_html_body_element_t* body = lxb_html_document_body_element(doc_);
  return body == nullptr ? nullptr : lxb_dom_interface_node(body);
}

lxb_html_token_t* parsed_page::on_token(lxb_html_tokenizer_t* tkz, lxb_html_token_t* token,
                                        void* ctx) {
  auto* self = static_cast<parsed_page*>(ctx);
  const bool text = token->tag_id == LXB_TAG__TEXT;
  const auto* first = reinterpret_cast<const lxb_char_t*>(self->html_.data());
  const auto* last = first + self->html_.size();
  const bool located = token->begin >= first && token->end <= last && token->begin <= token->end;
  const std::size_t begin = located ? static_cast<std::size_t>(token->begin - first) : 0;
  const std::size_t end = located ? static_cast<std::size_t>(token->end - first) : 0;
  // Start tags past a depth of 512 are dropped, as browsers cap DOM depth:
  // the tree builder's scope checks walk the stack of open elements, so an
  // unbounded stack would make deep nesting quadratic. Their text still
  // goes into the deepest element.
  if (token->tag_id >= LXB_TAG_A && !(token->type & LXB_HTML_TOKEN_TYPE_CLOSE) &&
      self->tree_->open_elements->length >= max_depth) {
    return token;
  }
  lxb_html_token_t* next = self->parse_token_(tkz, token, self->parse_context_);
  if (!text || !located) return next;
  // Characters go to the current node's last child (foster-parented table
  // text may go elsewhere; such text simply stays without a source).
  lxb_dom_node_t* parent = lxb_html_tree_current_node(self->tree_);
  if (parent == nullptr) return next;
  lxb_dom_node_t* node = parent->last_child;
  if (node == nullptr || node->type != LXB_DOM_NODE_TYPE_TEXT) return next;
  const auto id = reinterpret_cast<std::uintptr_t>(node->user);
  if (id == 0 || id > self->ranges_.size()) {
    self->ranges_.push_back(span{begin, end});
    node->user = reinterpret_cast<void*>(static_cast<std::uintptr_t>(self->ranges_.size()));
  } else {
    span& r = self->ranges_[id - 1];
    if (end > r.end) r.end = end;
  }
  return next;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
