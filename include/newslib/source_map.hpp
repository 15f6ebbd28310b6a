// newslib: the map from offsets of decoded UTF-8 text back to the original bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace newslib {

/// Maps byte offsets of a UTF-8 text to byte offsets of the input it was
/// decoded from. It stores no per-character table: each encoding has a rule
/// for the input width of a character from its UTF-8 form (one byte in
/// windows-1252, two or four in UTF-16, ...), and the map keeps only the
/// characters that break the rule (U+FFFD replacements, Shift_JIS half-width
/// kana, GB18030 four-byte forms, ...) plus a checkpoint every 1 KiB of text.
/// Cost: nothing for UTF-8 without replacements; otherwise 8 bytes per KiB of
/// text plus 8 bytes per exception. A look-up finds its checkpoint at once and
/// counts characters over at most 1 KiB of the text.
class source_map {
 public:
  /// How an encoding's characters map to input widths.
  enum class rule : std::uint8_t {
    utf8,         // the UTF-8 bytes themselves
    single_byte,  // one byte per character
    utf16,        // two bytes; four for characters beyond U+FFFF
    utf32,        // four bytes per character
    double_byte,  // ASCII one byte, anything else two (the CJK charsets)
  };

  /// The identity map shifted by `lead` bytes (a byte order mark), for an
  /// input of `source_size` bytes.
  static source_map identity(std::size_t lead, std::size_t source_size) noexcept {
    source_map m;
    m.lead_ = lead;
    m.source_size_ = source_size;
    return m;
  }

  /// Offset in the input of offset `utf8_offset` of `text`, the text this map
  /// was built for. Monotone; an offset inside a character maps to the start
  /// of that character's bytes; the end of the text (and anything past it)
  /// maps to the end of the input; offset 0 maps past a byte order mark.
  [[nodiscard]] std::size_t source_offset(std::string_view text,
                                          std::size_t utf8_offset) const noexcept;

  [[nodiscard]] bool is_identity() const noexcept { return checkpoints_.empty(); }
  [[nodiscard]] std::size_t source_size() const noexcept { return source_size_; }
  /// Heap bytes held by the map.
  [[nodiscard]] std::size_t memory_usage() const noexcept {
    return checkpoints_.capacity() * sizeof(checkpoint) + exceptions_.capacity() * sizeof(exception);
  }

  /// Checkpoint k is the first character boundary at or after k KiB of text.
  struct checkpoint {
    std::uint32_t utf8 = 0;
    std::uint32_t source = 0;
  };
  /// A character whose input width differs from the rule's by `delta` bytes.
  struct exception {
    std::uint32_t utf8 = 0;
    std::int32_t delta = 0;
  };

 private:
  friend struct source_map_builder;  // src/charset builds maps

  std::size_t advance(std::string_view text, std::size_t from, std::size_t to) const noexcept;

  std::size_t lead_ = 0;
  std::size_t source_size_ = 0;
  rule rule_ = rule::utf8;
  std::vector<checkpoint> checkpoints_;  // empty: the identity shifted by lead_
  std::vector<exception> exceptions_;    // sorted by utf8
};

}  // namespace newslib
