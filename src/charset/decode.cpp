#include <string>

#include "charset/byte_order_mark.hpp"
#include "charset/charset_names.hpp"
#include "charset/decoded_text_builder.hpp"
#include "charset/icu_decode.hpp"
#include "charset/invalid_bytes.hpp"
#include "charset/single_byte.hpp"
#include "newslib/encoding.hpp"
#include "newslib/error.hpp"
#include "unicode/utf8.hpp"

namespace newslib {
namespace {

bool is_auto(std::string_view label) {
  return label.size() == 4 && (label[0] | 0x20) == 'a' && (label[1] | 0x20) == 'u' &&
         (label[2] | 0x20) == 't' && (label[3] | 0x20) == 'o';
}

const detail::charset& charset_named(std::string_view name) {
  const detail::charset* cs = detail::find_charset(name);
  if (cs == nullptr) throw unknown_encoding(std::string(name));
  return *cs;
}

// UTF-8: valid input is the text itself, with no map; invalid input under
// `replace` goes through ICU's UTF-8 converter, which splits bad bytes into
// the same maximal subparts as the rest of newslib and reports their offsets.
void decode_utf8(const detail::charset& cs, std::string_view bytes, std::size_t begin,
                 utf8_errors errors, decoded_text& out) {
  const std::string_view body = bytes.substr(begin);
  const std::size_t bad = detail::find_invalid_utf8(body);
  if (bad == detail::npos) {
    decoded_text_builder build(out, source_map::rule::utf8, begin);
    build.text() = std::string(body);
    build.finish(bytes.size());
    return;
  }
  if (errors == utf8_errors::strict) {
    detail::throw_invalid_bytes(cs.name, bytes, begin + bad, 1);
  }
  detail::decode_with_icu(cs, bytes, begin, errors, out);
}

}  // namespace

std::optional<std::string> canonical_encoding(std::string_view label) {
  const detail::charset* cs = detail::find_charset(label);
  if (cs == nullptr) return std::nullopt;
  return std::string(cs->name);
}

std::vector<std::string> supported_encodings() {
  std::vector<std::string> names;
  for (const detail::charset& cs : detail::all_charsets()) names.emplace_back(cs.name);
  return names;
}

decoded_text decode(std::string_view bytes, std::string_view encoding, utf8_errors errors) {
  encoding_guess chosen;
  const detail::byte_order_mark bom = detail::find_byte_order_mark(bytes);
  if (is_auto(encoding)) {
    chosen = detect_encoding(bytes);
  } else {
    chosen.name = charset_named(encoding).name;  // an unknown label throws, mark or not
    chosen.origin = encoding_origin::declared;
    if (bom.size != 0) chosen = {std::string(bom.encoding), encoding_origin::bom};
  }
  const detail::charset& cs = charset_named(chosen.name);
  const std::size_t begin = bom.size != 0 && bom.encoding == cs.name ? bom.size : 0;

  decoded_text out;
  switch (cs.kind) {
    case detail::charset_kind::utf8:
      decode_utf8(cs, bytes, begin, errors, out);
      break;
    case detail::charset_kind::single_byte:
      detail::decode_single_byte(cs, bytes, begin, errors, out);
      break;
    case detail::charset_kind::multi_byte:
      detail::decode_with_icu(cs, bytes, begin, errors, out);
      break;
  }
  decoded_text_builder::set_origin(out, cs.name, chosen.origin);
  return out;
}

}  // namespace newslib
