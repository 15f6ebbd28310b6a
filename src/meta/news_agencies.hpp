// Names of news agencies and wire services, as bylines and datelines write them.
#pragma once

#include <string_view>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// True if text[begin, end) is, ignoring case, the name or usual abbreviation
/// of a news agency or broadcaster ("Reuters", "AP", "dpa", "Agence France-Presse").
bool is_news_agency(std::string_view text, std::size_t begin, std::size_t end);

}  // namespace detail
NEWSLIB_END_NAMESPACE
