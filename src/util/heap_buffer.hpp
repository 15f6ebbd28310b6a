// Strings that views point into: their characters must stay put when the
// string object moves.
#pragma once

#include <cstddef>
#include <string>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Makes `s` keep its characters in a heap buffer rather than in the string's
/// own small buffer. Moving a std::string hands a heap buffer over (the move
/// takes constant time), but copies short text into the new object, which
/// would leave the views of a moved document pointing into the old one. Only
/// a string shorter than the small buffer pays, with one small allocation;
/// an empty one has nothing to point into and is left alone.
inline void keep_in_heap_buffer(std::string& s) {
  const std::size_t small = std::string().capacity();
  if (!s.empty() && s.capacity() <= small) s.reserve(small + 1);
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
