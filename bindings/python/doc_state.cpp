#include "doc_state.hpp"

#include <algorithm>
#include <utility>

#include "errors.hpp"
#include "newslib/error.hpp"

namespace newslib::python {

doc_state::doc_state(newslib::document doc, newslib::parse_options options,
                     std::vector<char_span> replaced)
    : doc_(std::move(doc)), options_(std::move(options)), replacements_(std::move(replaced)) {
  const std::string& text = doc_.text();
  ascii_ = std::all_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii_) {
    length_ = text.size();
  } else {
    block_chars_.reserve(text.size() / block_ + 1);
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (i % block_ == 0) block_chars_.push_back(chars);
      chars += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    }
    if (text.size() % block_ == 0) block_chars_.push_back(chars);
    length_ = chars;
  }
  for (const newslib::span& s : doc_.replacements()) replacements_.push_back(to_chars(s));
  std::sort(replacements_.begin(), replacements_.end(),
            [](char_span a, char_span b) { return a.start < b.start; });
}

std::size_t doc_state::to_chars(std::size_t byte) const noexcept {
  if (ascii_) return byte;
  const std::string& text = doc_.text();
  byte = std::min(byte, text.size());
  const std::size_t block = byte / block_;
  std::size_t chars = block_chars_[block];
  for (std::size_t i = block * block_; i < byte; ++i) {
    chars += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
  return chars;
}

std::size_t doc_state::to_bytes(std::size_t chars) const noexcept {
  const std::string& text = doc_.text();
  if (ascii_) return std::min(chars, text.size());
  if (chars >= length_) return text.size();
  // The last block whose count of earlier characters does not pass `chars`,
  // then the lead byte of character `chars` within or after it.
  const auto after = std::upper_bound(block_chars_.begin(), block_chars_.end(), chars);
  const auto block = static_cast<std::size_t>(after - block_chars_.begin()) - 1;
  std::size_t count = block_chars_[block];
  for (std::size_t i = block * block_; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (count == chars) return i;
    ++count;
  }
  return text.size();
}

doc_ptr parse_document(std::string text, const newslib::parse_options& options,
                       std::vector<char_span> replaced) {
  newslib::document doc(std::move(text), options);
  return std::make_shared<const doc_state>(std::move(doc), options, std::move(replaced));
}

doc_ptr parse_python_text(py::handle text, const newslib::parse_options& options,
                          const char* argument, bool* unchanged_str) {
  text_input input = to_utf8(text, options.errors, options.max_bytes, argument);
  if (unchanged_str != nullptr) *unchanged_str = input.unchanged_str && input.replaced.empty();
  try {
    py::gil_scoped_release release;
    return parse_document(std::move(input.utf8), options, std::move(input.replaced));
  } catch (const located_invalid_utf8&) {
    throw;
  } catch (const newslib::invalid_utf8& e) {
    rethrow_located(e, text);
  }
}

newslib::utf8_errors errors_from_name(const std::string& name) {
  if (name == "strict") return newslib::utf8_errors::strict;
  if (name == "replace") return newslib::utf8_errors::replace;
  throw newslib::invalid_argument("errors",
                                  "errors must be 'strict' or 'replace', not '" + name + "'");
}

const char* errors_name(newslib::utf8_errors errors) noexcept {
  return errors == newslib::utf8_errors::replace ? "replace" : "strict";
}

newslib::date_order date_order_from_name(const std::string& name) {
  if (name == "month_first") return newslib::date_order::month_first;
  if (name == "day_first") return newslib::date_order::day_first;
  throw newslib::invalid_argument(
      "date_order", "date_order must be 'month_first' or 'day_first', not '" + name + "'");
}

const char* date_order_name(newslib::date_order order) noexcept {
  return order == newslib::date_order::day_first ? "day_first" : "month_first";
}

}  // namespace newslib::python
