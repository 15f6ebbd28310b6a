// A parsed document as the bindings share it: the immutable C++ document, the
// options it was parsed with, and a table for byte → code-point offsets.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newslib/document.hpp"
#include "newslib/span.hpp"
#include "text_input.hpp"

namespace newslib::python {

/// Immutable once built, so Python objects on any thread may share it through
/// a `std::shared_ptr<const doc_state>`.
class doc_state {
 public:
  /// `replaced` lists code points of the caller's str that were replaced by
  /// U+FFFD before parsing; replacements the parser made are added to them.
  doc_state(newslib::document doc, newslib::parse_options options,
            std::vector<char_span> replaced);

  [[nodiscard]] const newslib::document& doc() const noexcept { return doc_; }
  [[nodiscard]] const newslib::parse_options& options() const noexcept { return options_; }
  /// Every U+FFFD that newslib inserted, as code-point spans of `doc().text()`.
  [[nodiscard]] const std::vector<char_span>& replacements() const noexcept {
    return replacements_;
  }

  /// Code-point offset of a byte offset that starts a character (or is the end).
  /// Constant time: a table entry plus a scan of at most one block.
  [[nodiscard]] std::size_t to_chars(std::size_t byte) const noexcept;
  [[nodiscard]] char_span to_chars(newslib::span s) const noexcept {
    return {to_chars(s.begin), to_chars(s.end)};
  }
  /// Byte offset of code-point offset `chars` (clamped to the length).
  /// Logarithmic: a binary search over the table plus a scan of one block.
  [[nodiscard]] std::size_t to_bytes(std::size_t chars) const noexcept;
  /// Length of the text in code points.
  [[nodiscard]] std::size_t length() const noexcept { return length_; }
  [[nodiscard]] std::string_view slice(newslib::span s) const noexcept { return doc_.slice(s); }

 private:
  // Code points before every 64th byte: an eighth of the text's size in
  // memory, against four or eight times for a table with an entry per byte.
  static constexpr std::size_t block_ = 64;

  newslib::document doc_;
  newslib::parse_options options_;
  std::vector<char_span> replacements_;
  bool ascii_ = true;
  std::size_t length_ = 0;
  std::vector<std::size_t> block_chars_;
};

using doc_ptr = std::shared_ptr<const doc_state>;

/// Parses UTF-8 text; needs no GIL. Throws what `newslib::document` throws.
[[nodiscard]] doc_ptr parse_document(std::string text, const newslib::parse_options& options,
                                     std::vector<char_span> replaced = {});

/// Parses a str or bytes object with the GIL released around the parse;
/// errors about bad UTF-8 carry the character index.
[[nodiscard]] doc_ptr parse_python_text(py::handle text, const newslib::parse_options& options,
                                        const char* argument, bool* unchanged_str = nullptr);

// Option values as Python spells them.
[[nodiscard]] newslib::utf8_errors errors_from_name(const std::string& name);
[[nodiscard]] const char* errors_name(newslib::utf8_errors errors) noexcept;
[[nodiscard]] newslib::date_order date_order_from_name(const std::string& name);
[[nodiscard]] const char* date_order_name(newslib::date_order order) noexcept;

}  // namespace newslib::python
