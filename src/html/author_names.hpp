// People's names from the author fields of a page: "By JANE DOE and John Roe",
// "Jane Doe, Staff Writer", "https://twitter.com/jdoe", "Reuters".
#pragma once

#include "newslib/config.hpp"
#include <string>
#include <string_view>
#include <vector>

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Splits and cleans author values into people's names, in order, without
/// repeats: drops "By", URLs, handles and e-mail addresses, roles ("Staff
/// Writer"), agencies and desks ("Reuters", "Staff"), and `outlet` (the site's
/// name, may be empty). A name written in capitals is title-cased.
[[nodiscard]] std::vector<std::string> clean_author_names(const std::vector<std::string>& values,
                                                          std::string_view outlet);

}  // namespace detail
NEWSLIB_END_NAMESPACE
