// The error thrown for bytes that are not valid in their encoding.
#pragma once

#include "newslib/config.hpp"
#include <cstddef>
#include <string_view>

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Throws `invalid_encoding` (`invalid_utf8` when `encoding` is UTF-8) for the
/// `length` bad bytes at `offset` of `bytes`, showing them in hex.
[[noreturn]] void throw_invalid_bytes(std::string_view encoding, std::string_view bytes,
                                      std::size_t offset, std::size_t length);

}  // namespace detail
NEWSLIB_END_NAMESPACE
