#include "text_output.hpp"

#include <cstdio>

namespace newslib::cli {
namespace {

bool is_space(char c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_space(text[i])) {
      out += text[i++];
      continue;
    }
    std::size_t j = i;
    bool line_break = false;
    while (j < text.size() && is_space(text[j])) {
      line_break = line_break || text[j] == '\n' || text[j] == '\r';
      ++j;
    }
    if (line_break) {
      out += ' ';
    } else {
      out.append(text.substr(i, j - i));
    }
    i = j;
  }
  return out;
}

std::string fixed(double value, int decimals) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

}  // namespace newslib::cli
