// Builds a source_map from the rule of an encoding and the characters that break it.
#pragma once

#include "newslib/config.hpp"
#include <cstddef>
#include <string_view>
#include <vector>

#include "newslib/source_map.hpp"

NEWSLIB_BEGIN_NAMESPACE

struct source_map_builder {
  using rule = source_map::rule;

  source_map_builder(rule r, std::size_t lead) : rule_(r), lead_(lead) {}

  /// Input bytes a character takes under the rule, from its UTF-8 lead byte
  /// (the per-byte weights in source_map.cpp sum to the same).
  static std::size_t rule_width(rule r, unsigned char lead_byte) noexcept {
    switch (r) {
      case rule::utf8: return lead_byte < 0x80 ? 1 : lead_byte < 0xE0 ? 2 : lead_byte < 0xF0 ? 3 : 4;
      case rule::single_byte: return 1;
      case rule::utf16: return lead_byte >= 0xF0 ? 4 : 2;
      case rule::utf32: return 4;
      case rule::double_byte: return lead_byte < 0x80 ? 1 : 2;
    }
    return 1;
  }

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

NEWSLIB_END_NAMESPACE
