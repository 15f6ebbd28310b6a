// Single-byte charsets (windows-125x, ISO-8859-x, KOI8, ...): table decoding.
#pragma once

#include <cstddef>
#include <string_view>

#include "charset/charset_names.hpp"
#include "newslib/encoding.hpp"

namespace newslib::detail {

/// Decodes bytes[begin..] of single-byte charset `cs` into `out`.
void decode_single_byte(const charset& cs, std::string_view bytes, std::size_t begin,
                        utf8_errors errors, decoded_text& out);

}  // namespace newslib::detail
