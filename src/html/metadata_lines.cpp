#include "newslib/config.hpp"
#include "html/metadata_lines.hpp"

#include <cstddef>
#include <string>

#include "meta/byline.hpp"
#include "meta/date_only_line.hpp"
#include "text/case_fold.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

// Date lines and bylines are short; longer blocks are prose that may mention
// a date or a name.
constexpr std::size_t max_metadata_line_bytes = 100;

bool is_author_name(std::string_view block, const std::vector<std::string>& authors) {
  const std::string line = ascii_lowercase(block);
  for (const std::string& author : authors) {
    if (!author.empty() && ascii_lowercase(author) == line) return true;
  }
  return false;
}

}  // namespace

bool repeats_page_metadata(std::string_view block, const page_metadata& metadata) {
  if (block.empty() || block.size() > max_metadata_line_bytes ||
      block.find('\n') != std::string_view::npos) {
    return false;
  }
  const span line{0, block.size()};
  const date_scan_options options;
  if (metadata.published && parse_date_only_line(block, line, options, std::nullopt)) return true;
  if (metadata.authors && !metadata.authors->value.empty()) {
    if (is_author_name(block, metadata.authors->value)) return true;
    // A byline may carry the date too ("By Jane Doe | May 17, 2024"): it goes
    // only if the markup has that as well.
    if (auto byline = parse_byline(block, line, options)) {
      return !byline->authors.empty() && (!byline->date || metadata.published);
    }
  }
  return false;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
