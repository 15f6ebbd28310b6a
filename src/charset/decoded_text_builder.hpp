// Fills a decoded_text: the text, its replacements, its map, its name.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "charset/source_map_builder.hpp"
#include "newslib/encoding.hpp"

namespace newslib {

struct decoded_text_builder {
  decoded_text_builder(decoded_text& out, source_map::rule r, std::size_t lead)
      : out_(out), map_(r, lead) {}

  std::string& text() noexcept { return out_.text_; }
  /// See source_map_builder::character; `utf8_at` is where the character starts.
  void character(std::size_t utf8_at, std::size_t source_width) {
    map_.character(utf8_at, static_cast<unsigned char>(out_.text_[utf8_at]), source_width);
  }
  /// Appends U+FFFD for `source_width` invalid input bytes, and records it.
  void replace(std::size_t source_width) {
    const std::size_t at = out_.text_.size();
    out_.text_.append("\xEF\xBF\xBD");
    out_.replacements_.push_back({at, at + 3});
    character(at, source_width);
  }
  void finish(std::size_t source_size) { out_.map_ = map_.finish(out_.text_, source_size); }

  static void set_origin(decoded_text& out, std::string_view encoding, encoding_origin origin) {
    out.encoding_ = std::string(encoding);
    out.origin_ = origin;
  }

 private:
  decoded_text& out_;
  source_map_builder map_;
};

}  // namespace newslib
