// Detection order: byte order mark, then valid UTF-8 (a random legacy text is
// almost never valid UTF-8 by accident), then uchardet's statistics.
#include <uchardet.h>

#include <memory>
#include <string>

#include "charset/byte_order_mark.hpp"
#include "charset/charset_names.hpp"
#include "newslib/encoding.hpp"
#include "unicode/utf8.hpp"

namespace newslib {
namespace {

// uchardet settles long before this; more only costs time.
constexpr std::size_t detector_sample = 64 * 1024;

struct detector_deleter {
  void operator()(uchardet_t d) const noexcept { uchardet_delete(d); }
};

// The sample is cut at a line break when there is one near its end, so the
// detector does not see a multi-byte character cut in half.
std::string_view sample_of(std::string_view bytes) {
  if (bytes.size() <= detector_sample) return bytes;
  std::string_view sample = bytes.substr(0, detector_sample);
  const std::size_t newline = sample.rfind('\n');
  if (newline != std::string_view::npos && newline > detector_sample / 2) {
    sample = sample.substr(0, newline + 1);
  }
  return sample;
}

}  // namespace

encoding_guess detect_encoding(std::string_view bytes) {
  const detail::byte_order_mark bom = detail::find_byte_order_mark(bytes);
  if (bom.size != 0) return {std::string(bom.encoding), encoding_origin::bom};
  if (detail::find_invalid_utf8(bytes) == detail::npos) {
    return {"UTF-8", encoding_origin::detected};
  }
  std::unique_ptr<uchardet, detector_deleter> detector(uchardet_new());
  const std::string_view sample = sample_of(bytes);
  if (detector && uchardet_handle_data(detector.get(), sample.data(), sample.size()) == 0) {
    uchardet_data_end(detector.get());
    const char* name = uchardet_get_charset(detector.get());
    // ASCII would have been valid UTF-8 above; names we cannot convert fall
    // through to the default.
    if (name != nullptr) {
      if (const detail::charset* cs = detail::find_charset(name)) {
        return {std::string(cs->name), encoding_origin::detected};
      }
    }
  }
  return {"windows-1252", encoding_origin::fallback};
}

}  // namespace newslib
