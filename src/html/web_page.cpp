// The web page a document keeps: its owner and its span look-up.
#include "newslib/config.hpp"
#include <algorithm>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "newslib/html.hpp"
#include "util/heap_bytes.hpp"

NEWSLIB_BEGIN_NAMESPACE

const char* to_string(html_block_kind kind) noexcept {
  switch (kind) {
    case html_block_kind::headline: return "headline";
    case html_block_kind::paragraph: return "paragraph";
    case html_block_kind::heading: return "heading";
    case html_block_kind::list_item: return "list_item";
    case html_block_kind::quotation: return "quotation";
    case html_block_kind::caption: return "caption";
    case html_block_kind::table_cell: return "table_cell";
    case html_block_kind::preformatted: return "preformatted";
  }
  return "paragraph";
}

span web_page::page_span(span s) const noexcept {
  // First block that ends after s.begin, then every block that starts before s.end.
  auto it = std::lower_bound(blocks.begin(), blocks.end(), s.begin,
                             [](const html_block& b, std::size_t at) { return b.text.end <= at; });
  span out{};
  bool any = false;
  for (; it != blocks.end() && (it->text.begin < s.end || (s.empty() && it->text.begin <= s.begin));
       ++it) {
    if (!any) out.begin = it->page.begin;
    out.end = it->page.end;
    any = true;
    if (s.empty()) break;
  }
  return any ? out : span{};
}

namespace {

using detail::heap_bytes;

std::size_t heap_bytes(const std::vector<std::string>& v) noexcept {
  std::size_t n = v.capacity() * sizeof(std::string);
  for (const std::string& s : v) n += heap_bytes(s);
  return n;
}

template <class T>
std::size_t heap_bytes(const std::optional<page_field<T>>& f) noexcept {
  if constexpr (std::is_same_v<T, calendar_date>) {
    return 0;
  } else {
    return f ? heap_bytes(f->value) : 0;
  }
}

}  // namespace

std::size_t web_page::memory_usage() const noexcept {
  const page_metadata& m = metadata;
  return sizeof(web_page) + heap_bytes(encoding) + heap_bytes(blocks) + heap_bytes(m.title) +
         heap_bytes(m.description) + heap_bytes(m.site_name) + heap_bytes(m.canonical_url) +
         heap_bytes(m.section) + heap_bytes(m.language) + heap_bytes(m.authors) +
         heap_bytes(m.tags);
}

namespace detail {

page_holder::page_holder(web_page&& page) : page_(new web_page(std::move(page))) {}

page_holder::page_holder(const page_holder& other)
    : page_(other.page_ == nullptr ? nullptr : new web_page(*other.page_)) {}

page_holder& page_holder::operator=(const page_holder& other) {
  if (this != &other) {
    web_page* copy = other.page_ == nullptr ? nullptr : new web_page(*other.page_);
    delete page_;
    page_ = copy;
  }
  return *this;
}

page_holder& page_holder::operator=(page_holder&& other) noexcept {
  if (this != &other) {
    delete page_;
    page_ = other.page_;
    other.page_ = nullptr;
  }
  return *this;
}

page_holder::~page_holder() { delete page_; }

}  // namespace detail
NEWSLIB_END_NAMESPACE
