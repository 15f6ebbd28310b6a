// newslib internals: how a document stores its terms and stems. Not API.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newslib/config.hpp"
#include "newslib/detail/packed_ints.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// A document's terms and stems as places in its text: most keys are the
/// text of a token already (lower-case words, numbers, punctuation) and most
/// stems begin their key, so only the other strings are kept, end to end in
/// `chars`. A place `at` below the text's size is in the text; above, it is
/// `chars[at - text size]`. Every value is packed at the document's width.
struct term_table {
  table_width width;
  std::string chars;                 // in a heap buffer, so that it moves by pointer
  std::vector<std::uint16_t> terms;  // per term: key at, key size, stem id | kind | stopword
  std::vector<std::uint16_t> stems;  // per stem: at, size

  static constexpr std::size_t values_per_term = 3;
  static constexpr std::size_t values_per_stem = 2;

  [[nodiscard]] std::size_t term_count() const noexcept {
    return terms.size() / (values_per_term * width.words_per_value());
  }
  [[nodiscard]] std::size_t stem_count() const noexcept {
    return stems.size() / (values_per_stem * width.words_per_value());
  }
};

/// Turns a term table's places back into strings.
struct string_places {
  const char* text = nullptr;
  std::size_t text_size = 0;
  const char* chars = nullptr;

  string_places() noexcept = default;
  string_places(std::string_view document_text, const term_table& table) noexcept
      : text(document_text.data()), text_size(document_text.size()), chars(table.chars.data()) {}

  [[nodiscard]] std::string_view at(std::uint32_t place, std::uint32_t size) const noexcept {
    return {place < text_size ? text + place : chars + (place - text_size), size};
  }
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
