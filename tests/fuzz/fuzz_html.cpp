// Extracts an article from arbitrary bytes as a web page and checks that the
// result is a well-formed document whose blocks point back into the page.
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "newslib/html.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace newslib::fuzz;
  const std::string_view page(reinterpret_cast<const char*>(data), size);
  newslib::html_options options;
  // The first byte picks options, so one corpus covers them all.
  if (size > 0) {
    options.keep_tables = (data[0] & 1) != 0;
    options.keep_lists = (data[0] & 2) != 0;
    options.keep_captions = (data[0] & 4) != 0;
    if (data[0] & 8) options.encoding = "windows-1252";
  }
  const newslib::document doc = newslib::from_html(page, options);
  const newslib::web_page* web = doc.page();
  NEWSLIB_FUZZ_CHECK(web != nullptr);
  const std::string_view text = doc.text();
  NEWSLIB_FUZZ_CHECK(valid_utf8(text));
  NEWSLIB_FUZZ_CHECK(web->page_size == size);
  NEWSLIB_FUZZ_CHECK(!web->no_article || doc.paragraphs().empty());

  // Blocks: text spans in order and on character boundaries, page spans
  // inside the page; body blocks in page order (blocks read from one JSON-LD
  // articleBody share its <script>'s range).
  std::size_t text_end = 0, page_end = 0;
  newslib::span previous_page{};
  for (std::size_t i = 0; i < web->blocks.size(); ++i) {
    const newslib::html_block& b = web->blocks[i];
    NEWSLIB_FUZZ_CHECK(well_formed(text, b.text));
    NEWSLIB_FUZZ_CHECK(b.text.begin >= text_end);
    text_end = b.text.end;
    NEWSLIB_FUZZ_CHECK(b.page.begin <= b.page.end && b.page.end <= size);
    if (i == 0 && web->has_headline) continue;
    NEWSLIB_FUZZ_CHECK(b.page.begin >= page_end || b.page == previous_page);
    page_end = b.page.end;
    previous_page = b.page;
  }
  // Every paragraph slices back to text inside some block, and maps to page bytes.
  for (const newslib::paragraph& p : doc.paragraphs()) {
    NEWSLIB_FUZZ_CHECK(well_formed(text, p.bytes));
    NEWSLIB_FUZZ_CHECK(doc.slice(p.bytes).size() == p.bytes.size());
    const newslib::span on_page = web->page_span(p.bytes);
    NEWSLIB_FUZZ_CHECK(on_page.begin <= on_page.end && on_page.end <= size);
  }
  for (const newslib::sentence& s : doc.sentences()) {
    NEWSLIB_FUZZ_CHECK(well_formed(text, s.bytes));
  }
  return 0;
}
