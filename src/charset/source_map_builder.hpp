// Builds a source_map from the rule of an encoding and the characters that break it.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "newslib/source_map.hpp"

namespace newslib {

struct source_map_builder {
  using rule = source_map::rule;

  source_map_builder(rule r, std::size_t lead) : rule_(r), lead_(lead) {}

  /// Input bytes a character takes under the rule, from its UTF-8 lead byte.
  static std::size_t rule_width(rule r, unsigned char lead_byte) noexcept;

  /// Notes that the character at `utf8_at` of the text took `source_width`
  /// input bytes; only a width the rule does not predict is stored.
  void character(std::size_t utf8_at, unsigned char lead_byte, std::size_t source_width) {
    const std::size_t expected = rule_width(rule_, lead_byte);
    if (source_width != expected) add_exception(utf8_at, source_width, expected);
  }

  /// The map for `text`, decoded from `source_size` input bytes. Throws
  /// `input_too_large` past 4 GiB.
  source_map finish(std::string_view text, std::size_t source_size);

 private:
  void add_exception(std::size_t utf8_at, std::size_t actual, std::size_t expected);

  rule rule_;
  std::size_t lead_;
  std::vector<source_map::exception> exceptions_;
};

}  // namespace newslib
