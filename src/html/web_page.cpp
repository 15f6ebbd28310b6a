// The web page a document keeps: its owner and its span look-up.
#include "newslib/config.hpp"
#include <algorithm>

#include "newslib/html.hpp"

NEWSLIB_BEGIN_NAMESPACE

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
