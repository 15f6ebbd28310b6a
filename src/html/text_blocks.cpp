// The text walk: one pass over the DOM with an explicit stack.
#include "newslib/config.hpp"
#include "html/text_blocks.hpp"

#include <string_view>
#include <utility>

#include "html/dom_attributes.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

bool is_space(unsigned char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

class walker {
 public:
  explicit walker(const parsed_page& page, page_text& out) : page_(page), out_(out) {}

  void run(lxb_dom_node_t* root);

 private:
  struct frame {
    lxb_dom_node_t* node;
    std::uint32_t element;     // index into out_.elements of the element this frame opened
    bool opened_block;         // the element is a block: close the block on leave
    bool link;                 // <a>
    bool quote;                // <blockquote>
    bool caption;              // <figcaption>, <caption>
    bool preformatted;         // <pre>
    bool boxed;                // a furniture box (is_boilerplate_box)
    int boxes_outside = -1;    // the article body: the furniture boxes around it, set aside
  };

  void enter_element(lxb_dom_node_t* node);
  void leave(const frame& f);
  void add_text(lxb_dom_node_t* node);
  void flush();

  const parsed_page& page_;
  page_text& out_;
  std::vector<frame> stack_;
  std::string names_;
  // The block being filled.
  text_block current_;
  bool pending_space_ = false;
  int line_breaks_ = 0;        // <br> in a row with nothing but space between
  int links_ = 0, quotes_ = 0, captions_ = 0, pre_ = 0, boxes_ = 0;
};

void walker::flush() {
  // Trim the trailing space or newline.
  while (!current_.text.empty() &&
         (current_.text.back() == ' ' || current_.text.back() == '\n')) {
    current_.text.pop_back();
  }
  if (!current_.text.empty()) {
    current_.in_quote = quotes_ > 0;
    current_.boxed = boxes_ > 0;
    out_.blocks.push_back(std::move(current_));
  }
  current_ = text_block{};
  // The block belongs to the innermost open block element.
  for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
    if (it->opened_block) {
      current_.element = it->element;
      current_.kind = kind_of(out_.elements[it->element].tag);
      // <figcaption><p>…</p></figcaption> is a caption all the same.
      if (current_.kind == block_kind::paragraph && captions_ > 0) current_.kind = block_kind::caption;
      break;
    }
  }
  pending_space_ = false;
  line_breaks_ = 0;
}

void walker::add_text(lxb_dom_node_t* node) {
  auto* data = &lxb_dom_interface_character_data(node)->data;
  const auto* s = reinterpret_cast<const unsigned char*>(data->data);
  const std::size_t n = data->length;
  if (s == nullptr || n == 0) return;
  std::string& t = current_.text;
  const std::size_t before = t.size();
  bool any = false;
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char c = s[i];
    if (is_space(c)) {
      if (pre_ > 0 && c == '\n') {
        if (!t.empty() && t.back() != '\n') t.push_back('\n');
        pending_space_ = false;
      } else {
        pending_space_ = true;
      }
      continue;
    }
    if (pending_space_ && !t.empty() && t.back() != '\n') t.push_back(' ');
    pending_space_ = false;
    t.push_back(static_cast<char>(c));
    any = true;
  }
  if (!any) return;
  line_breaks_ = 0;
  if (links_ > 0) current_.link_chars += static_cast<std::uint32_t>(t.size() - before);
  const span src = page_.source_of(node);
  if (!src.empty()) {
    if (current_.page.empty()) current_.page.begin = src.begin;
    current_.page.end = src.end;
  }
}

void walker::enter_element(lxb_dom_node_t* node) {
  auto* el = lxb_dom_interface_element(node);
  const lxb_tag_id_t tag = node->local_name;
  const bool html = node->ns == LXB_NS_HTML;
  const tag_role role = html ? role_of(tag) : tag_role::skip;
  if (role == tag_role::skip) {
    // Counted in the innermost element; leave() adds them to the parent.
    if (tag == LXB_TAG_IMG && !stack_.empty()) {
      ++out_.elements[stack_.back().element].images;
    } else if ((tag == LXB_TAG_INPUT || tag == LXB_TAG_SELECT || tag == LXB_TAG_TEXTAREA ||
                tag == LXB_TAG_BUTTON) && !stack_.empty()) {
      ++out_.elements[stack_.back().element].inputs;
    }
    return;
  }
  if (role == tag_role::line_break) {
    if (++line_breaks_ >= 2) {
      flush();  // <br><br> separates paragraphs
    } else if (!current_.text.empty()) {
      current_.text.push_back('\n');
      pending_space_ = false;
    }
    return;
  }
  bool boxed = false;
  if (tag != LXB_TAG_BODY && tag != LXB_TAG_A) {
    if (is_hidden(el)) return;
    // <footer> and <aside> are furniture by default, yet some pages put the
    // article (or its transcript) in one: only the second pass reads them.
    boxed = is_boilerplate_box(class_and_id(el, names_)) || tag == LXB_TAG_FOOTER ||
            tag == LXB_TAG_ASIDE;
  } else {
    names_.clear();
  }
  const auto index = static_cast<std::uint32_t>(out_.elements.size());
  element_info info;
  info.node = node;
  info.parent = stack_.empty() ? index : stack_.back().element;
  info.first_block = static_cast<std::uint32_t>(out_.blocks.size());
  info.weight = tag == LXB_TAG_BODY ? 0 : class_weight(names_);
  // schema.org microdata names the article body outright, whatever its
  // class or id say ("gigya-share-btns_containerParent") or the boxes around it.
  const bool article_body =
      attribute_value(el, "itemprop").find("articleBody") != std::string_view::npos;
  if (article_body) {
    info.weight += 50;
    info.article_body = true;
    boxed = false;
  }
  info.tag = tag;
  out_.elements.push_back(info);
  const bool block = role == tag_role::block;
  // The text before a block element ends here, with the boxes and quotes
  // around it (not those the new element opens).
  if (block) flush();
  frame f{node, index, block, tag == LXB_TAG_A, tag == LXB_TAG_BLOCKQUOTE,
          tag == LXB_TAG_FIGCAPTION || tag == LXB_TAG_CAPTION, tag == LXB_TAG_PRE, boxed};
  if (f.boxed) ++boxes_;
  if (article_body) {
    f.boxes_outside = boxes_;
    boxes_ = 0;
  }
  if (f.link) ++links_;
  if (f.quote) ++quotes_;
  if (f.caption) ++captions_;
  if (f.preformatted) ++pre_;
  stack_.push_back(f);
  if (block) flush();  // (empty now: only points the next block at the new element)
}

void walker::leave(const frame& f) {
  if (f.opened_block) flush();  // the block's text ends with the element
  if (f.link) --links_;
  if (f.quote) --quotes_;
  if (f.caption) --captions_;
  if (f.preformatted) --pre_;
  if (f.boxed) --boxes_;
  if (f.boxes_outside >= 0) boxes_ = f.boxes_outside;
  stack_.pop_back();
  if (f.opened_block) flush();  // text after it starts a block of the parent's
  element_info& e = out_.elements[f.element];
  e.end_block = static_cast<std::uint32_t>(out_.blocks.size());
  e.end_element = static_cast<std::uint32_t>(out_.elements.size());
  if (e.parent != f.element) {
    out_.elements[e.parent].images += e.images;
    out_.elements[e.parent].inputs += e.inputs;
  }
}

void walker::run(lxb_dom_node_t* root) {
  if (root == nullptr) return;
  enter_element(root);
  if (stack_.empty()) return;
  lxb_dom_node_t* node = root->first_child;
  // Pre-order traversal by sibling and parent pointers; the stack holds the
  // open elements only.
  while (!stack_.empty()) {
    if (node != nullptr) {
      if (node->type == LXB_DOM_NODE_TYPE_ELEMENT) {
        const std::size_t depth = stack_.size();
        enter_element(node);
        if (stack_.size() > depth) {  // walked into: descend
          node = node->first_child;
          continue;
        }
      } else if (node->type == LXB_DOM_NODE_TYPE_TEXT) {
        add_text(node);
      }
      node = node->next;
      continue;
    }
    // No more children: leave the innermost open element.
    const frame f = stack_.back();
    leave(f);
    node = f.node == root ? nullptr : f.node->next;
    if (f.node == root) break;
  }
}

}  // namespace

page_text collect_text(const parsed_page& page) {
  page_text out;
  lxb_html_document_t* doc = page.document();
  if (doc == nullptr) return out;
  // <title>: the headline's last resort.
  lxb_dom_element_t* head = lxb_dom_interface_element(lxb_html_document_head_element(doc));
  if (head != nullptr) {
    for (lxb_dom_node_t* n = lxb_dom_interface_node(head)->first_child; n != nullptr; n = n->next) {
      if (n->type != LXB_DOM_NODE_TYPE_ELEMENT || n->local_name != LXB_TAG_TITLE) continue;
      for (lxb_dom_node_t* t = n->first_child; t != nullptr; t = t->next) {
        if (t->type != LXB_DOM_NODE_TYPE_TEXT) continue;
        const auto& d = lxb_dom_interface_character_data(t)->data;
        bool space = false;
        for (std::size_t i = 0; i < d.length; ++i) {
          if (is_space(d.data[i])) {
            space = !out.title.empty();
            continue;
          }
          if (space) out.title.push_back(' ');
          space = false;
          out.title.push_back(static_cast<char>(d.data[i]));
        }
        out.title_page = page.source_of(t);
      }
      break;
    }
  }
  walker(page, out).run(page.body());
  return out;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
