// Multi-byte charsets (Shift_JIS, EUC-*, GBK, gb18030, Big5, UTF-16/32) and
// repair of invalid UTF-8: ICU's converter.
#pragma once

#include <cstddef>
#include <string_view>

#include "charset/charset_names.hpp"
#include "newslib/encoding.hpp"

namespace newslib::detail {

/// Decodes bytes[begin..] of charset `cs` into `out` with ICU's converter.
void decode_with_icu(const charset& cs, std::string_view bytes, std::size_t begin,
                     utf8_errors errors, decoded_text& out);

}  // namespace newslib::detail
