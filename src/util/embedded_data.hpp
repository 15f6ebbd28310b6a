// Data files compiled into the library (see cmake/newslibEmbed.cmake).
#pragma once

#include <optional>
#include <string_view>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Contents of data/<name> (e.g. "stopwords/en.txt"), or nullopt if not shipped.
std::optional<std::string_view> embedded_file(std::string_view name) noexcept;

}  // namespace detail
NEWSLIB_END_NAMESPACE
