// Building a document's token table sentence by sentence, in the smallest
// layout that holds the tokens (see detail::token_layout).
//
// A short body's tokens are gathered as they are made and packed into 16
// bits at the end (when the document turns out narrow). A long body's tokens
// go into blocks of 8-byte tokens one sentence at a time, so that the
// document never holds a second, 12-byte copy of all its tokens.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "newslib/detail/packed_ints.hpp"
#include "newslib/detail/token_table.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

class token_table_builder {
 public:
  explicit token_table_builder(std::size_t body_size);
  ~token_table_builder();
  token_table_builder(const token_table_builder&) = delete;
  token_table_builder& operator=(const token_table_builder&) = delete;

  /// Where the next sentence's tokens are to be added (by `tokenize`).
  [[nodiscard]] std::vector<packed_token>& buffer() noexcept { return buffer_; }
  /// Takes the tokens added to `buffer()` (their terms assigned).
  void commit() {
    if (gathering_) return;
    append_blocked(buffer_.data(), buffer_.size());
    buffer_.clear();
  }
  /// Tokens taken so far.
  [[nodiscard]] std::size_t size() const noexcept { return gathering_ ? buffer_.size() : size_; }

  /// Moves the table into `out`: packed into 16 bits if `width` is narrow,
  /// else in blocks (or as they are), less the slack worth a copy.
  void finish(table_width width, token_table& out);

 private:
  void append_blocked(const packed_token* tokens, std::size_t count);
  // Turns the blocks built so far into packed tokens, for a block too long
  // for 16-bit offsets; from then on every token is appended as it is.
  void widen();

  std::vector<packed_token>& buffer_;  // the thread's
  bool gathering_;                     // a short body: every token stays in buffer_
  token_table table_;
  std::size_t size_ = 0;
  std::uint32_t block_start_ = 0;
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
