// Heap bytes held by strings and vectors, for the memory reports of
// documents and web pages.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Heap bytes of a string's buffer (none while it fits in the string itself).
inline std::size_t heap_bytes(const std::string& s) noexcept {
  return s.capacity() > std::string().capacity() ? s.capacity() + 1 : 0;
}

/// Heap bytes of a vector's elements (not what the elements own).
template <class T>
std::size_t heap_bytes(const std::vector<T>& v) noexcept {
  return v.capacity() * sizeof(T);
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
