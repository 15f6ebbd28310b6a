// A page's headline without the site's name that <title> and og:title often
// carry ("Storm hits coast | The Daily Planet").
#pragma once

#include "newslib/config.hpp"
#include <string>
#include <string_view>

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// True if `part` names the site: the same letters and digits as `site_name`
/// (ignoring case, spaces and a leading "The"), or the main label of `host`
/// ("nytimes" for www.nytimes.com). Empty names never match.
[[nodiscard]] bool names_site(std::string_view part, std::string_view site_name,
                              std::string_view host);

/// `title` without a leading or trailing segment, set off by " | ", " - ",
/// " – ", " — ", " :: ", " · " or " » ", that names the site. Segments that do
/// not name the site are kept: "Review - A Film" stays whole.
[[nodiscard]] std::string strip_site_name(std::string_view title, std::string_view site_name,
                                          std::string_view host);

/// The host of an address ("www.example.com" for "https://www.example.com/a"),
/// or empty.
[[nodiscard]] std::string_view host_of(std::string_view url);

}  // namespace detail
NEWSLIB_END_NAMESPACE
