// What a document keeps of the decoding of a non-UTF-8 input.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "newslib/encoding.hpp"

namespace newslib {

struct source_encoding_info {
  std::string encoding;
  encoding_origin origin = encoding_origin::declared;
  source_map map;
};

/// Decodes `bytes` as parse_options::encoding says, unless that is UTF-8:
/// then returns null and leaves `bytes` alone (the document's UTF-8 path,
/// unchanged). Otherwise `bytes` becomes the UTF-8 text and `replaced` the
/// spans of any U+FFFD put in it.
std::shared_ptr<const source_encoding_info> decode_document_input(std::string& bytes,
                                                                   std::string_view encoding,
                                                                   utf8_errors errors,
                                                                   std::vector<span>& replaced);

/// Heap bytes of `info` (zero when it is null).
std::size_t memory_of(const std::shared_ptr<const source_encoding_info>& info) noexcept;

}  // namespace newslib
