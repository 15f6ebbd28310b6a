#include <algorithm>
#include <array>
#include <limits>

#include "charset/source_map_builder.hpp"
#include "newslib/error.hpp"

namespace newslib {
namespace {

constexpr std::size_t checkpoint_every = 1024;
constexpr std::size_t max_offset = std::numeric_limits<std::uint32_t>::max();

using rule = source_map::rule;

// Input bytes per UTF-8 byte: a character's whole width sits on its lead
// byte and continuation bytes weigh nothing (except under the UTF-8 rule,
// where every byte is its own input byte). Summing the weights over a stretch
// of text gives the input bytes under the rule.
using weights = std::array<std::uint8_t, 256>;

constexpr weights make_weights(rule r) {
  weights w{};
  for (int b = 0; b < 256; ++b) {
    const bool ascii = b < 0x80, continuation = b >= 0x80 && b < 0xC0, four = b >= 0xF0;
    std::uint8_t v = 0;
    switch (r) {
      case rule::utf8: v = 1; break;
      case rule::single_byte: v = continuation ? 0 : 1; break;
      case rule::utf16: v = continuation ? 0 : four ? 4 : 2; break;
      case rule::utf32: v = continuation ? 0 : 4; break;
      case rule::double_byte: v = continuation ? 0 : ascii ? 1 : 2; break;
    }
    w[static_cast<std::size_t>(b)] = v;
  }
  return w;
}

constexpr std::array<weights, 5> all_weights = {
    make_weights(rule::utf8), make_weights(rule::single_byte), make_weights(rule::utf16),
    make_weights(rule::utf32), make_weights(rule::double_byte)};

const weights& weights_of(rule r) noexcept { return all_weights[static_cast<std::size_t>(r)]; }

bool is_continuation(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::size_t source_map::advance(std::string_view text, std::size_t from,
                                std::size_t to) const noexcept {
  std::size_t bytes = 0;
  if (rule_ == rule::utf8) {
    bytes = to - from;
  } else {
    const weights& w = weights_of(rule_);
    for (std::size_t i = from; i < to; ++i) bytes += w[static_cast<unsigned char>(text[i])];
  }
  auto it = std::lower_bound(exceptions_.begin(), exceptions_.end(), from,
                             [](const exception& e, std::size_t at) { return e.utf8 < at; });
  for (; it != exceptions_.end() && it->utf8 < to; ++it) {
    bytes = static_cast<std::size_t>(static_cast<std::ptrdiff_t>(bytes) + it->delta);
  }
  return bytes;
}

std::size_t source_map::source_offset(std::string_view text,
                                      std::size_t utf8_offset) const noexcept {
  if (checkpoints_.empty()) return std::min(utf8_offset + lead_, source_size_);
  if (utf8_offset >= text.size()) return source_size_;
  while (utf8_offset > 0 && is_continuation(text[utf8_offset])) --utf8_offset;
  std::size_t k = std::min(utf8_offset / checkpoint_every, checkpoints_.size() - 1);
  while (checkpoints_[k].utf8 > utf8_offset) --k;  // at most once: boundaries move ≤ 3 bytes
  return checkpoints_[k].source + advance(text, checkpoints_[k].utf8, utf8_offset);
}

std::size_t source_map_builder::rule_width(rule r, unsigned char lead_byte) noexcept {
  if (r == rule::utf8) {
    return lead_byte < 0x80 ? 1 : lead_byte < 0xE0 ? 2 : lead_byte < 0xF0 ? 3 : 4;
  }
  return weights_of(r)[lead_byte];
}

void source_map_builder::add_exception(std::size_t utf8_at, std::size_t actual,
                                       std::size_t expected) {
  if (utf8_at > max_offset || actual > max_offset) {
    throw input_too_large("decoded text larger than 4 GiB");
  }
  const auto delta = static_cast<std::int64_t>(actual) - static_cast<std::int64_t>(expected);
  exceptions_.push_back(
      {static_cast<std::uint32_t>(utf8_at), static_cast<std::int32_t>(delta)});
}

source_map source_map_builder::finish(std::string_view text, std::size_t source_size) {
  source_map map = source_map::identity(lead_, source_size);
  const bool plain_utf8 = rule_ == rule::utf8 && exceptions_.empty();
  // One input byte per character and as many bytes as characters: all ASCII.
  const bool ascii = rule_ == rule::single_byte && text.size() + lead_ == source_size;
  if (plain_utf8 || ascii) return map;
  if (text.size() > max_offset || source_size > max_offset) {
    throw input_too_large("decoded text larger than 4 GiB");
  }
  map.rule_ = rule_;
  map.exceptions_ = std::move(exceptions_);
  map.exceptions_.shrink_to_fit();
  map.checkpoints_.reserve(text.size() / checkpoint_every + 1);
  source_map::checkpoint at{0, static_cast<std::uint32_t>(lead_)};
  map.checkpoints_.push_back(at);
  for (std::size_t k = 1; k * checkpoint_every < text.size(); ++k) {
    std::size_t next = k * checkpoint_every;
    while (next < text.size() && is_continuation(text[next])) ++next;
    if (next >= text.size()) break;
    at.source = static_cast<std::uint32_t>(at.source + map.advance(text, at.utf8, next));
    at.utf8 = static_cast<std::uint32_t>(next);
    map.checkpoints_.push_back(at);
  }
  return map;
}

}  // namespace newslib
