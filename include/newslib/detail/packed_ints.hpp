// newslib internals: unsigned integers stored 16 or 32 bits wide. Not API.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "newslib/config.hpp"
#include "newslib/token.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Whether a document is short enough for 16-bit tables: its text and the
/// strings its terms keep apart from the text fit 64 KiB, and it has at most
/// 4,096 terms. Nearly every news article is; a short article then keeps its
/// tokens in 6 bytes instead of 12 and its terms in half the room.
struct table_width {
  bool narrow = false;

  static constexpr std::size_t narrow_limit = 0xFFFF;          // largest 16-bit offset
  static constexpr std::size_t narrow_terms = std::size_t{1} << 12;

  /// Bits of an id that shares its value with a 3-bit kind and a 1-bit flag.
  [[nodiscard]] constexpr unsigned id_bits() const noexcept { return narrow ? 12 : 28; }
  [[nodiscard]] constexpr std::uint32_t id_mask() const noexcept {
    return (std::uint32_t{1} << id_bits()) - 1;
  }
  [[nodiscard]] constexpr std::uint32_t pack(std::uint32_t id, token_kind kind,
                                             bool flag = false) const noexcept {
    return id | (static_cast<std::uint32_t>(kind) << id_bits()) |
           (static_cast<std::uint32_t>(flag) << (id_bits() + 3));
  }
  [[nodiscard]] constexpr token_kind kind_of(std::uint32_t packed) const noexcept {
    return static_cast<token_kind>((packed >> id_bits()) & 7);
  }
  [[nodiscard]] constexpr bool flag_of(std::uint32_t packed) const noexcept {
    return ((packed >> (id_bits() + 3)) & 1) != 0;
  }
  /// 16-bit words a value takes at this width.
  [[nodiscard]] constexpr std::size_t words_per_value() const noexcept { return narrow ? 1 : 2; }
};

/// Read access to integers stored at one width in a run of 16-bit words (a
/// 32-bit value takes two words).
struct packed_ints {
  const std::uint16_t* words = nullptr;
  bool narrow = false;

  [[nodiscard]] std::uint32_t operator[](std::size_t i) const noexcept {
    if (narrow) return words[i];
    std::uint32_t value;
    std::memcpy(&value, words + 2 * i, sizeof value);
    return value;
  }
};

/// Writes integers at one width into a run of 16-bit words sized beforehand
/// (a narrow value must fit 16 bits).
class packed_writer {
 public:
  packed_writer(std::uint16_t* words, bool narrow) noexcept : at_(words), narrow_(narrow) {}

  void put(std::uint32_t value) noexcept {
    if (narrow_) {
      *at_++ = static_cast<std::uint16_t>(value);
    } else {
      std::memcpy(at_, &value, sizeof value);
      at_ += 2;
    }
  }

 private:
  std::uint16_t* at_;
  bool narrow_;
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
