// Invariant checks shared by the fuzz targets. A failed check aborts, which
// libFuzzer reports as a crash with the input that caused it.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "newslib/span.hpp"

#define NEWSLIB_FUZZ_CHECK(cond)                                                      \
  do {                                                                                \
    if (!(cond)) {                                                                    \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                   \
    }                                                                                 \
  } while (0)

namespace newslib::fuzz {

/// True if `offset` is a code-point boundary of valid UTF-8 `text`.
inline bool on_boundary(std::string_view text, std::size_t offset) {
  if (offset == 0 || offset == text.size()) return true;
  if (offset > text.size()) return false;
  return (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

/// A span that lies inside `text` and starts and ends on code-point boundaries.
inline bool well_formed(std::string_view text, span s) {
  return s.begin <= s.end && s.end <= text.size() && on_boundary(text, s.begin) &&
         on_boundary(text, s.end);
}

inline bool contains(span outer, span inner) {
  return outer.begin <= inner.begin && inner.end <= outer.end;
}

inline bool is_space_only(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  return true;
}

/// Splits fuzz input into a control byte and the rest.
struct fuzz_input {
  unsigned char control = 0;
  std::string_view text;
};
inline fuzz_input take_control(const unsigned char* data, std::size_t size) {
  if (size == 0) return {};
  return {data[0], std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1)};
}

}  // namespace newslib::fuzz
