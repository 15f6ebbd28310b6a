// The error thrown for bytes that are not valid in their encoding.
#pragma once

#include <cstddef>
#include <string_view>

namespace newslib::detail {

/// Throws `invalid_encoding` (`invalid_utf8` when `encoding` is UTF-8) for the
/// `length` bad bytes at `offset` of `bytes`, showing them in hex.
[[noreturn]] void throw_invalid_bytes(std::string_view encoding, std::string_view bytes,
                                      std::size_t offset, std::size_t length);

}  // namespace newslib::detail
