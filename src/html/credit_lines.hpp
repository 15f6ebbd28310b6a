// Photo and image credits: short lines that name who took a picture, never
// article text ("Credit: Reuters/Jane Doe", "Photo by John Roe/AFP", "Getty Images").
#pragma once

#include "newslib/config.hpp"
#include <string_view>

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// True when the whole block is a picture credit: a credit word ("Credit:",
/// "Photo by", "Photographer:", "Courtesy of", …) followed by a short
/// attribution, or only an agency's name.
[[nodiscard]] bool is_credit_line(std::string_view block) noexcept;

}  // namespace detail
NEWSLIB_END_NAMESPACE
