// Parsing a news article into a document: decoding, validation, metadata, language,
// paragraphs, sentences, tokens and terms, in one pass over the text each.
#include "newslib/document.hpp"

#include <cstdint>
#include <limits>
#include <string>

#include "charset/source_encoding_info.hpp"
#include "document_builder.hpp"
#include "util/heap_buffer.hpp"
#include "util/heap_bytes.hpp"
#include "meta/metadata_extractor.hpp"
#include "newslib/error.hpp"
#include "newslib/html.hpp"
#include "segment/sentence_splitter.hpp"
#include "text/utf8.hpp"
#include "tokenize/paragraphs.hpp"
#include "tokenize/term_interner.hpp"
#include "tokenize/token_table_builder.hpp"
#include "tokenize/tokenizer.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace {

// Token offsets are 32-bit (see token.hpp).
constexpr std::size_t max_document_bytes = std::numeric_limits<std::uint32_t>::max();

void check_size(std::size_t size, std::size_t max_bytes) {
  if (size > max_bytes) {
    throw input_too_large("input is " + std::to_string(size) +
                          " bytes, larger than parse_options::max_bytes (" +
                          std::to_string(max_bytes) + " bytes)");
  }
  if (size > max_document_bytes) {
    throw input_too_large("input is " + std::to_string(size) +
                          " bytes; documents are limited to " +
                          std::to_string(max_document_bytes) +
                          " bytes (4 GiB) because token offsets are 32-bit");
  }
}

// "auto", or a two-letter code (ASCII letters, any case), returned lowercase.
std::string checked_language(const std::string& code) {
  if (code == "auto") return code;
  const bool letters = code.size() == 2 && [&] {
    for (char c : code) {
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    }
    return true;
  }();
  if (!letters) {
    throw invalid_argument("language", "parse_options::language must be \"auto\" or a "
                                       "two-letter ISO 639-1 code, not \"" + code + "\"");
  }
  std::string lower = code;
  for (char& c : lower) c = static_cast<char>(c | 0x20);
  return lower;
}

// The identified language of a text, worked out on first request.
class identified_language final : public detail::language_source {
 public:
  explicit identified_language(std::string_view text) : text_(text) {}

  std::string_view code() override { return guess().code; }

  const language_guess& guess() {
    if (!known_) {
      guess_ = identify_language(text_);
      known_ = true;
    }
    return guess_;
  }

 private:
  std::string_view text_;
  language_guess guess_;
  bool known_ = false;
};

}  // namespace

document::memory_parts document::memory() const noexcept {
  memory_parts m;
  using detail::heap_bytes;
  m.self = sizeof(*this);
  m.text = heap_bytes(text_);
  m.paragraphs = heap_bytes(paragraphs_);
  m.sentences = heap_bytes(sentences_);
  m.tokens = heap_bytes(tokens_.words) + heap_bytes(tokens_.block_begins) + heap_bytes(tokens_.wide);
  m.terms = heap_bytes(terms_.chars) + heap_bytes(terms_.terms) + heap_bytes(terms_.stems);
  m.other = heap_bytes(replacements_) + heap_bytes(meta_.authors) + heap_bytes(meta_.trailer) +
            heap_bytes(language_.code);
  for (const std::string& a : meta_.authors) m.other += heap_bytes(a);
  if (meta_.source) m.other += heap_bytes(*meta_.source);
  m.other += memory_of(source_);
  if (const web_page* page = page_.get()) m.page = page->memory_usage();
  return m;
}

document::document(std::string text, const parse_options& options) {
  document_builder::build(*this, std::move(text), options);
}

void document_builder::build(document& doc, std::string text, const parse_options& options,
                             bool first_line_is_headline) {
  // 1. Size and encoding.
  check_size(text.size(), options.max_bytes);
  std::vector<span> decoded_replacements;
  doc.source_ = decode_document_input(text, options.encoding, options.errors,
                                      decoded_replacements);
  if (doc.source_) {
    check_size(text.size(), max_document_bytes);  // decoding can grow the text
    doc.replacements_ = std::move(decoded_replacements);
  } else if (options.errors == utf8_errors::strict) {
    detail::require_valid_utf8(text);
  } else if (detail::find_invalid_utf8(text) != detail::npos) {
    std::vector<span> replaced;
    text = detail::replace_invalid_utf8(text, replaced);
    check_size(text.size(), max_document_bytes);  // replacement can grow the text
    doc.replacements_ = std::move(replaced);
  }
  detail::keep_in_heap_buffer(text);
  doc.text_ = std::move(text);
  const std::string_view all = doc.text_;

  // 2. Metadata, in the document's language when it is known. Identified,
  // the language of the whole text is worked out only if a date needs it.
  const std::string requested = checked_language(options.language);
  const bool identify = requested == "auto";
  identified_language whole(all);
  if (options.metadata) {
    date_options dates;
    dates.numeric_order = options.numeric_dates;
    detail::extracted_metadata found = identify
                                           ? detail::extract_metadata(all, dates, whole,
                                                                      first_line_is_headline)
                                           : detail::extract_metadata(all, dates, requested,
                                                                      first_line_is_headline);
    doc.meta_ = std::move(found.meta);
    doc.body_ = found.body;
  } else {
    doc.body_ = span{0, all.size()};
  }
  const std::string_view body = all.substr(doc.body_.begin, doc.body_.size());

  // 3. Language: named by the caller, or identified from the body.
  if (identify) {
    // The whole text's guess stands when the body is the whole text.
    doc.language_ = body.size() == all.size() ? whole.guess() : identify_language(body);
  } else {
    doc.language_ = language_guess{requested, 1.0};
  }
  // Unsupported codes and "und" parse with the splitter's generic rules, and
  // with neither stemming nor stopwords (the interner knows no such language).
  const std::string& language = doc.language_.code;

  // 4. Paragraphs, then the sentences of every paragraph (so the sentence
  // vector is sized once), then tokens and terms per sentence.
  std::vector<span> paragraph_spans;
  detail::find_paragraphs(all, doc.body_, paragraph_spans);
  const detail::sentence_splitter& splitter = detail::sentence_splitter_for(language);
  std::vector<span> sentence_spans;
  std::vector<std::size_t> sentence_ends;  // per paragraph, into sentence_spans
  sentence_ends.reserve(paragraph_spans.size());
  for (const span& p : paragraph_spans) {
    splitter.split(all, p, sentence_spans);
    sentence_ends.push_back(sentence_spans.size());
  }
  doc.paragraphs_.resize(paragraph_spans.size());
  doc.sentences_.resize(sentence_spans.size());
  detail::token_table_builder tokens(body.size());
  detail::term_interner interner(all, language);
  // Every count fits 32 bits: each unit takes at least one byte of the text.
  auto u32 = [](std::size_t n) { return static_cast<std::uint32_t>(n); };
  std::size_t s = 0;
  for (std::size_t p = 0; p < paragraph_spans.size(); ++p) {
    paragraph& para = doc.paragraphs_[p];
    para.bytes = paragraph_spans[p];
    para.index = u32(p);
    para.first_sentence = u32(s);
    para.sentence_count = u32(sentence_ends[p] - s);
    for (; s < sentence_ends[p]; ++s) {
      sentence& sent = doc.sentences_[s];
      sent.bytes = sentence_spans[s];
      sent.index = u32(s);
      sent.paragraph = u32(p);
      std::vector<detail::packed_token>& made = tokens.buffer();
      const std::size_t before = made.size();
      sent.first_token = u32(tokens.size());
      detail::tokenize(all, sent.bytes, made);
      sent.token_count = u32(made.size() - before);
      interner.intern(made.data() + before, sent.token_count);
      tokens.commit();
    }
  }
  interner.finish(doc.terms_);
  tokens.finish(doc.terms_.width, doc.tokens_);
}

NEWSLIB_END_NAMESPACE
