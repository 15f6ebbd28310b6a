// read_page_metadata on small hand-written pages: each source, their order of
// trust, and pages that try to break it.
#include "html/markup_metadata.hpp"

#include <chrono>
#include <string>

#include <gtest/gtest.h>

namespace {

using newslib::page_field_origin;
using newslib::page_metadata;

// A parsed page that frees itself.
class parsed_page {
 public:
  explicit parsed_page(const std::string& html) : document_(lxb_html_document_create()) {
    const auto status = lxb_html_document_parse(
        document_, reinterpret_cast<const lxb_char_t*>(html.data()), html.size());
    EXPECT_EQ(status, LXB_STATUS_OK);
  }
  ~parsed_page() { lxb_html_document_destroy(document_); }
  parsed_page(const parsed_page&) = delete;
  parsed_page& operator=(const parsed_page&) = delete;
  lxb_html_document_t* get() const { return document_; }

 private:
  lxb_html_document_t* document_;
};

page_metadata read(const std::string& html, std::string_view url = {}) {
  const parsed_page page(html);
  return newslib::detail::read_page_metadata(page.get(), url);
}

TEST(MarkupMetadata, OpenGraphTitleAndPublishedTime) {
  const page_metadata m = read(R"(<html><head>
    <title>Storm hits coast | Daily Planet</title>
    <meta property="og:title" content="Storm hits the coast">
    <meta property="og:site_name" content="Daily Planet">
    <meta property="article:published_time" content="2024-05-17T23:30:00-07:00">
    </head><body><h1>Storm hits the coast</h1></body></html>)");
  ASSERT_TRUE(m.title);
  EXPECT_EQ(m.title->value, "Storm hits the coast");
  EXPECT_EQ(m.title->origin, page_field_origin::open_graph);
  ASSERT_TRUE(m.published);
  EXPECT_EQ(m.published->value.iso(), "2024-05-17");  // as written, not moved to UTC
  EXPECT_EQ(m.published->origin, page_field_origin::open_graph);
  ASSERT_TRUE(m.site_name);
  EXPECT_EQ(m.site_name->value, "Daily Planet");
}

}  // namespace
