#include "charset/invalid_bytes.hpp"

#include <string>

#include "newslib/error.hpp"

namespace newslib::detail {

void throw_invalid_bytes(std::string_view encoding, std::string_view bytes, std::size_t offset,
                         std::size_t length) {
  static const char digits[] = "0123456789ABCDEF";
  std::string shown;
  for (std::size_t k = 0; k < length && k < 4 && offset + k < bytes.size(); ++k) {
    const auto b = static_cast<unsigned char>(bytes[offset + k]);
    if (!shown.empty()) shown += ' ';
    shown += "0x";
    shown += digits[b >> 4];
    shown += digits[b & 15];
  }
  if (shown.empty()) shown = "end of input";
  const std::string what = "invalid " + std::string(encoding) + " at byte offset " +
                           std::to_string(offset) + " (" + shown + ")";
  if (encoding == "UTF-8") throw invalid_utf8(offset, what);
  throw invalid_encoding(offset, std::string(encoding), what);
}

}  // namespace newslib::detail
