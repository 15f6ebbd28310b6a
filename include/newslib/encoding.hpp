// newslib: bytes in any supported charset → UTF-8, with a map back to the bytes.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newslib/source_map.hpp"
#include "newslib/span.hpp"
#include "newslib/utf8_errors.hpp"

namespace newslib {

/// How the encoding of a decoded text was chosen.
enum class encoding_origin {
  bom,       // a byte order mark (it wins over any declaration, as in browsers)
  declared,  // named by the caller
  detected,  // valid UTF-8, or the statistical detector's answer
  fallback,  // nothing else decided: windows-1252, the Web's default
};

/// The result of `detect_encoding`: a canonical encoding name and its origin.
struct encoding_guess {
  std::string name;
  encoding_origin origin = encoding_origin::fallback;
};

/// Canonical name for an encoding label as found in HTML and HTTP ("latin1",
/// "x-sjis", "cp1252", "utf8", "ks_c_5601-1987", ...), following the WHATWG
/// Encoding Standard: case and surrounding whitespace are ignored, and
/// "iso-8859-1", "latin1" and "ascii" all mean windows-1252, as in browsers.
/// Returns std::nullopt for a label it does not know (and for "auto").
[[nodiscard]] std::optional<std::string> canonical_encoding(std::string_view label);

/// The canonical names of every encoding `decode` converts.
[[nodiscard]] std::vector<std::string> supported_encodings();

/// Guesses the encoding of `bytes`: a byte order mark (UTF-8, UTF-16LE/BE,
/// UTF-32LE/BE) first; then UTF-8 if the bytes are valid UTF-8 (pure ASCII
/// included); then a statistical detector (uchardet); else windows-1252.
[[nodiscard]] encoding_guess detect_encoding(std::string_view bytes);

/// UTF-8 text decoded from bytes in some encoding, with an exact map from
/// every byte offset of the text back to the offset in the original bytes
/// (see `source_map` for what the map costs).
class decoded_text {
 public:
  decoded_text() = default;

  /// The decoded text, valid UTF-8. A byte order mark is not part of it.
  [[nodiscard]] const std::string& text() const noexcept { return text_; }
  /// Canonical name of the encoding the bytes were decoded from.
  [[nodiscard]] const std::string& encoding() const noexcept { return encoding_; }
  [[nodiscard]] encoding_origin origin() const noexcept { return origin_; }
  /// Size of the original input in bytes.
  [[nodiscard]] std::size_t source_size() const noexcept { return map_.source_size(); }

  /// Offset in the original bytes of UTF-8 offset `utf8_offset` of the text.
  /// Monotone; an offset inside a character maps to the start of that
  /// character's bytes; the end of the text maps to the end of the input, and
  /// offset 0 to the first byte after a byte order mark. Offsets past the end
  /// are clamped to it. So for any span of the text, the original bytes in
  /// [source_offset(begin), source_offset(end)) decode to exactly that span.
  [[nodiscard]] std::size_t source_offset(std::size_t utf8_offset) const noexcept {
    return map_.source_offset(text_, utf8_offset);
  }
  /// `source_offset` of both ends of `s`.
  [[nodiscard]] span source_span(span s) const noexcept {
    return {source_offset(s.begin), source_offset(s.end)};
  }

  /// Where invalid input was replaced by U+FFFD (`utf8_errors::replace`), as
  /// spans of the replacement characters in `text()`; `source_span` of each
  /// gives the bytes it replaced. Empty for clean input.
  [[nodiscard]] const std::vector<span>& replacements() const noexcept { return replacements_; }

  /// The offset map; it reads `text()` to answer, so keep the two together.
  [[nodiscard]] const source_map& map() const noexcept { return map_; }

  /// Moves the text out, for a caller that keeps it beside `map()` (a
  /// document does); this object is left with an empty text.
  [[nodiscard]] std::string release_text() noexcept { return std::move(text_); }

 private:
  friend struct decoded_text_builder;  // src/charset fills the fields

  std::string text_;
  std::string encoding_;
  encoding_origin origin_ = encoding_origin::declared;
  source_map map_;
  std::vector<span> replacements_;
};

/// Decodes `bytes` to UTF-8. `encoding` is a label (see `canonical_encoding`)
/// or "auto" to use `detect_encoding`. A byte order mark overrides a declared
/// encoding, as in browsers. Invalid sequences throw `invalid_encoding` (or
/// `invalid_utf8` for UTF-8) naming their offset in `bytes`, or become U+FFFD
/// under `utf8_errors::replace`. Throws `unknown_encoding` for a label it does
/// not know, and `input_too_large` past 4 GiB of input or UTF-8 output.
///
/// **Example**:
///   newslib::decoded_text t = newslib::decode(bytes, "windows-1252");
///   std::size_t at = t.source_offset(t.text().find("caf\xC3\xA9"));
[[nodiscard]] decoded_text decode(std::string_view bytes, std::string_view encoding,
                                  utf8_errors errors = utf8_errors::strict);

}  // namespace newslib
