// newslib: the owner of a document's web page, one pointer wide.
#pragma once

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE

struct web_page;

namespace detail {

/// Owns a `web_page` and copies it with the document, so a document parsed
/// from text pays one null pointer for the page it does not have.
class NEWSLIB_API page_holder {
 public:
  page_holder() noexcept = default;
  explicit page_holder(web_page&& page);
  page_holder(const page_holder& other);
  page_holder(page_holder&& other) noexcept : page_(other.page_) { other.page_ = nullptr; }
  page_holder& operator=(const page_holder& other);
  page_holder& operator=(page_holder&& other) noexcept;
  ~page_holder();

  [[nodiscard]] const web_page* get() const noexcept { return page_; }

 private:
  web_page* page_ = nullptr;
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
