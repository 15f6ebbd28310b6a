// newslib: the parsed document, an immutable value that owns its text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newslib/config.hpp"
#include "newslib/date.hpp"
#include "newslib/encoding.hpp"
#include "newslib/language.hpp"
#include "newslib/metadata.hpp"
#include "newslib/span.hpp"
#include "newslib/detail/page_holder.hpp"
#include "newslib/detail/token_table.hpp"
#include "newslib/term_list.hpp"
#include "newslib/token.hpp"
#include "newslib/token_list.hpp"
#include "newslib/utf8_errors.hpp"

NEWSLIB_BEGIN_NAMESPACE

struct parse_options {
  // ISO 639-1 code, or "auto" to identify (see identify_language). Codes outside
  // supported_languages(), and "und" from identification, parse with generic
  // segmentation rules, without stemming (stem == key) and without stopwords.
  std::string language = "auto";
  utf8_errors errors = utf8_errors::strict;
  std::size_t max_bytes = std::size_t{1} << 30;     // larger input throws `input_too_large`
  date_order numeric_dates = date_order::month_first;
  bool metadata = true;                             // look for headline, dateline, byline, trailer
  // Encoding of the input: "utf-8" (the default) takes it as UTF-8, as it is;
  // "auto" detects it (see detect_encoding); any other label that
  // canonical_encoding knows converts it to UTF-8 first (see decode). Offsets
  // stay UTF-8 offsets into text(); source_offset maps them to the input.
  std::string encoding = "utf-8";
};

struct source_encoding_info;  // how a non-UTF-8 input was decoded (src/document.cpp)

/// A block of text separated from its neighbours by a blank line (or, in text
/// that has no blank lines, by a line break). Indexes and counts in a
/// document are 32-bit, like token offsets (documents are limited to 4 GiB):
/// a paragraph and a sentence take 32 bytes each.
struct paragraph {
  span bytes;
  std::uint32_t index = 0;
  std::uint32_t first_sentence = 0;
  std::uint32_t sentence_count = 0;
};

struct sentence {
  span bytes;
  std::uint32_t index = 0;
  std::uint32_t paragraph = 0;     // index into `document::paragraphs()`
  std::uint32_t first_token = 0;   // index into `document::tokens()`
  std::uint32_t token_count = 0;
};

// A span and four 32-bit fields, no padding. Changing a layout changes the
// ABI (docs/abi.md: the minor version goes up).
static_assert(sizeof(paragraph) == sizeof(span) + 16, "a paragraph holds 32-bit fields");
static_assert(sizeof(sentence) == sizeof(span) + 16, "a sentence holds 32-bit fields");

/// A parsed news article. Construction does all the work; afterwards the value
/// is immutable, so it may be shared freely between threads.
///
/// Body units (paragraphs, sentences, tokens) cover the article body only:
/// headline, dateline, byline and trailer are reported in `meta()` instead.
/// Slicing `text()` by any span gives that unit back exactly.
///
/// **Example**:
///   newslib::document doc(text);
///   for (const auto& s : doc.sentences()) std::cout << doc.slice(s.bytes) << '\n';
class NEWSLIB_API document {
 public:
  document() = default;
  explicit document(std::string text, const parse_options& options = {});

  [[nodiscard]] const std::string& text() const noexcept { return text_; }
  [[nodiscard]] std::string_view slice(span s) const noexcept {
    return std::string_view(text_).substr(s.begin, s.end - s.begin);
  }

  [[nodiscard]] const std::vector<paragraph>& paragraphs() const noexcept { return paragraphs_; }
  [[nodiscard]] const std::vector<sentence>& sentences() const noexcept { return sentences_; }
  /// The body's tokens. Like `terms()` and `stems()`, a light view that
  /// builds each value on access (a short document packs its tables into
  /// 16-bit fields); the strings it hands out point into the document.
  [[nodiscard]] token_list tokens() const noexcept { return token_list(tokens_); }
  /// The distinct terms, in order of first appearance (`token::term` indexes
  /// them), and the distinct stems (`term::stem_id` indexes them).
  [[nodiscard]] term_list terms() const noexcept { return term_list(terms_, text_); }
  [[nodiscard]] string_list stems() const noexcept { return string_list(terms_, text_); }
  [[nodiscard]] term term_of(const token& t) const noexcept { return terms()[t.term]; }

  [[nodiscard]] const metadata& meta() const noexcept { return meta_; }
  /// The language the document was parsed as, and how sure the guess is
  /// (confidence 1 when the caller named the language).
  [[nodiscard]] const language_guess& language() const noexcept { return language_; }
  /// The byte range between the metadata at the top and the trailer at the end.
  [[nodiscard]] span body() const noexcept { return body_; }

  /// Where invalid UTF-8 was replaced by U+FFFD (`utf8_errors::replace`), as
  /// spans of the replacement characters in `text()`. Empty for clean input.
  [[nodiscard]] const std::vector<span>& replacements() const noexcept { return replacements_; }

  /// Canonical name of the encoding the input was decoded from ("UTF-8" when
  /// it was taken as UTF-8) and how it was chosen.
  [[nodiscard]] const std::string& source_encoding() const noexcept;
  [[nodiscard]] encoding_origin source_encoding_origin() const noexcept;
  /// Offset in the original input of UTF-8 offset `utf8_offset` of text():
  /// the identity for UTF-8 input (which keeps no map); otherwise see
  /// decoded_text::source_offset. The input bytes between the source offsets
  /// of a unit's two ends decode to that unit (when nothing was replaced).
  [[nodiscard]] std::size_t source_offset(std::size_t utf8_offset) const noexcept;
  [[nodiscard]] span source_span(span s) const noexcept {
    return {source_offset(s.begin), source_offset(s.end)};
  }

  /// Bytes the document holds: its own size, its text's buffer, the capacity
  /// of every table and, for a document from a web page, the page's record
  /// (web_page::memory_usage); allocator overhead not counted. Parsed news
  /// text holds 3.0-3.2 bytes per byte of text in documents of 1 MB and more,
  /// and 3.4-3.8 in short articles; see docs/benchmarks.md, "Memory".
  [[nodiscard]] std::size_t memory_usage() const noexcept { return memory().total(); }

  /// memory_usage(), part by part.
  struct memory_parts {
    std::size_t self = 0;        // sizeof(document)
    std::size_t text = 0;
    std::size_t paragraphs = 0;
    std::size_t sentences = 0;
    std::size_t tokens = 0;
    std::size_t terms = 0;       // terms and stems
    std::size_t other = 0;       // metadata, language code, replacements, source map
    std::size_t page = 0;        // the web page's record (from_html), 0 without one
    [[nodiscard]] std::size_t total() const noexcept {
      return self + text + paragraphs + sentences + tokens + terms + other + page;
    }
  };
  [[nodiscard]] memory_parts memory() const noexcept;

  /// Text of sentence `i` (convenience for `slice(sentences()[i].bytes)`).
  [[nodiscard]] std::string_view sentence_text(std::size_t i) const noexcept {
    return slice(sentences_[i].bytes);
  }
  [[nodiscard]] std::optional<std::string_view> title() const noexcept {
    if (!meta_.title) return std::nullopt;
    return slice(*meta_.title);
  }

  /// The web page the document was extracted from (see `from_html` in
  /// newslib/html.hpp), or null for a document parsed from text.
  [[nodiscard]] const web_page* page() const noexcept { return page_.get(); }

 private:
  friend struct document_builder;  // src/document.cpp fills the fields
  friend struct html_document_builder;  // src/html/from_html.cpp adds the page

  // In a heap buffer even when short, as are `terms_.chars`: a move hands
  // the buffer over, so the views into a moved document stay valid.
  std::string text_;
  std::vector<paragraph> paragraphs_;
  std::vector<sentence> sentences_;
  detail::token_table tokens_;
  detail::term_table terms_;
  metadata meta_;
  language_guess language_;
  span body_;
  std::vector<span> replacements_;
  detail::page_holder page_;
  // Shared and immutable, so copies of a document share it; null for UTF-8 input.
  std::shared_ptr<const source_encoding_info> source_;
};

NEWSLIB_END_NAMESPACE
