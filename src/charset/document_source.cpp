// The document's side of decoding: its input enters here when it is not UTF-8,
// and its source_offset answers from the map kept here.
#include "charset/charset_names.hpp"
#include "charset/source_encoding_info.hpp"
#include "newslib/document.hpp"

namespace newslib {
namespace {

const std::string utf8_name = "UTF-8";

}  // namespace

std::shared_ptr<const source_encoding_info> decode_document_input(std::string& bytes,
                                                                   std::string_view encoding,
                                                                   utf8_errors errors,
                                                                   std::vector<span>& replaced) {
  const detail::charset* cs = detail::find_charset(encoding);
  if (cs != nullptr && cs->kind == detail::charset_kind::utf8) return nullptr;
  decoded_text decoded = decode(bytes, encoding, errors);
  auto info = std::make_shared<source_encoding_info>();
  info->encoding = decoded.encoding();
  info->origin = decoded.origin();
  info->map = decoded.map();
  replaced = decoded.replacements();
  bytes = decoded.release_text();
  return info;
}

std::size_t memory_of(const std::shared_ptr<const source_encoding_info>& info) noexcept {
  if (!info) return 0;
  return sizeof(source_encoding_info) + info->encoding.capacity() + info->map.memory_usage();
}

const std::string& document::source_encoding() const noexcept {
  return source_ ? source_->encoding : utf8_name;
}

encoding_origin document::source_encoding_origin() const noexcept {
  return source_ ? source_->origin : encoding_origin::declared;
}

std::size_t document::source_offset(std::size_t utf8_offset) const noexcept {
  if (!source_) return std::min(utf8_offset, text_.size());
  return source_->map.source_offset(text_, utf8_offset);
}

}  // namespace newslib
