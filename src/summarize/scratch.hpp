// How long per-thread scratch buffers keep their memory.
#pragma once

#include <cstddef>
#include <vector>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Per-thread scratch buffers keep their memory from one document to the
/// next, so that news-sized documents allocate nothing for them. A buffer
/// that a huge document grew past this size is given back after use instead,
/// so a thread does not hold on to memory sized for its largest input.
inline constexpr std::size_t scratch_keep_bytes = 256 * 1024;

/// Frees `buffer` if it holds more than `scratch_keep_bytes`.
template <class T>
void trim_scratch(std::vector<T>& buffer) noexcept {
  if (buffer.capacity() * sizeof(T) > scratch_keep_bytes) std::vector<T>().swap(buffer);
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
