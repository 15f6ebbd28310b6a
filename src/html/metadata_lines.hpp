// Body lines that only repeat the page's metadata: a date line ("Published
// Monday, Dec. 29 2014, 6:00 AM EST"), a byline ("By Jane Doe"), an author's
// bare name. Extractors leave them out of the article text when the markup
// already gives the field, so nothing is lost.
#pragma once

#include "newslib/config.hpp"
#include <string_view>

#include "newslib/page_metadata.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// True when `block` is a short line holding only what `metadata` already
/// has from the markup: a date when it has a publication date, a byline or an
/// author's name when it has authors.
[[nodiscard]] bool repeats_page_metadata(std::string_view block, const page_metadata& metadata);

}  // namespace detail
NEWSLIB_END_NAMESPACE
