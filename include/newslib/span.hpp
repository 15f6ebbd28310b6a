// newslib: byte ranges into a document's text.
#pragma once

#include <cstddef>

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE

/// A half-open byte range [begin, end) into a text. Spans never own text:
/// slice the text they came from to get the unit back, exactly.
struct span {
  std::size_t begin = 0;
  std::size_t end = 0;

  [[nodiscard]] constexpr std::size_t size() const noexcept { return end - begin; }
  [[nodiscard]] constexpr bool empty() const noexcept { return begin == end; }
  friend constexpr bool operator==(span a, span b) noexcept {
    return a.begin == b.begin && a.end == b.end;
  }
  friend constexpr bool operator!=(span a, span b) noexcept { return !(a == b); }
};

NEWSLIB_END_NAMESPACE
