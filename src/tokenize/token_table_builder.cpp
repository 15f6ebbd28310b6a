#include "tokenize/token_table_builder.hpp"

#include <algorithm>
#include <cstring>

#include "newslib/token_list.hpp"
#include "util/thread_cache.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

constexpr std::size_t tokens_per_block = std::size_t{1} << token_table::block_shift;

// The tokens a thread's buffer may keep between documents.
constexpr std::size_t max_kept_tokens = std::size_t{1} << 14;

struct token_buffer {
  std::vector<packed_token> tokens;
};

std::vector<packed_token>& thread_buffer() { return thread_cache<token_buffer>::get().tokens; }

// Keeps a vector unless more than an eighth of it is slack.
template <class T>
void shrink_to_size(std::vector<T>& v) {
  if (v.capacity() - v.size() > v.size() / 8) v.shrink_to_fit();
}

}  // namespace

token_table_builder::token_table_builder(std::size_t body_size)
    : buffer_(thread_buffer()), gathering_(body_size <= table_width::narrow_limit) {
  buffer_.clear();
  table_.layout = token_layout::blocked;
  // News text averages five to six bytes per token.
  const std::size_t expected = body_size / 5 + 16;
  if (gathering_) {
    buffer_.reserve(expected);
  } else {
    table_.words.reserve(token_table::blocked_words * expected);
    table_.block_begins.reserve(expected / tokens_per_block + 1);
  }
}

token_table_builder::~token_table_builder() {
  // A megabyte of punctuation in one sentence should not stay with the thread.
  if (buffer_.capacity() > max_kept_tokens) std::vector<packed_token>().swap(buffer_);
}

void token_table_builder::append_blocked(const packed_token* tokens, std::size_t count) {
  if (table_.layout == token_layout::wide) {
    table_.wide.insert(table_.wide.end(), tokens, tokens + count);
    size_ += count;
    return;
  }
  std::vector<std::uint16_t>& words = table_.words;
  words.resize(token_table::blocked_words * (size_ + count));
  std::uint16_t* w = words.data() + token_table::blocked_words * size_;
  // A run of tokens within one block at a time: token ends never decrease,
  // so the run fits 16-bit offsets if its last token does.
  std::size_t i = 0;
  while (i < count) {
    const std::size_t in_block = size_ & (tokens_per_block - 1);
    const std::uint32_t start = in_block == 0 ? tokens[i].begin : block_start_;
    const std::size_t run = std::min(tokens_per_block - in_block, count - i);
    if (tokens[i + run - 1].end - start > 0xFFFF) {
      words.resize(token_table::blocked_words * size_);
      widen();
      append_blocked(tokens + i, count - i);
      return;
    }
    if (in_block == 0) {
      block_start_ = start;
      table_.block_begins.push_back(start);
    }
    for (const packed_token* t = tokens + i; t != tokens + i + run; ++t) {
      w[0] = static_cast<std::uint16_t>(t->begin - start);
      w[1] = static_cast<std::uint16_t>(t->end - start);
      std::memcpy(w + 2, &t->term_and_kind, sizeof t->term_and_kind);
      w += token_table::blocked_words;
    }
    i += run;
    size_ += run;
  }
}

void token_table_builder::widen() {
  std::vector<packed_token> wide;
  wide.reserve(size_ + size_ / 2 + 16);
  const token_list blocked(table_);
  for (std::size_t i = 0; i < size_; ++i) {
    const token t = blocked[i];
    packed_token& p = wide.emplace_back();
    p.begin = t.begin;
    p.end = t.end;
    p.set_kind(t.kind);
    p.set_term(t.term);
  }
  table_.layout = token_layout::wide;
  std::vector<std::uint16_t>().swap(table_.words);
  std::vector<std::uint32_t>().swap(table_.block_begins);
  table_.wide = std::move(wide);
}

void token_table_builder::finish(table_width width, token_table& out) {
  if (gathering_) {
    if (width.narrow) {
      // Every offset of a narrow document fits 16 bits from 0, and its
      // term ids 12 bits beside the kind.
      out.layout = token_layout::narrow;
      out.words.resize(token_table::narrow_words * buffer_.size());
      std::uint16_t* w = out.words.data();
      for (const packed_token& t : buffer_) {
        *w++ = static_cast<std::uint16_t>(t.begin);
        *w++ = static_cast<std::uint16_t>(t.end);
        *w++ = static_cast<std::uint16_t>(width.pack(t.term(), t.kind()));
      }
      return;
    }
    // A short body with many terms (or many keys apart from its text).
    table_.words.reserve(token_table::blocked_words * buffer_.size());
    append_blocked(buffer_.data(), buffer_.size());
  }
  shrink_to_size(table_.words);
  shrink_to_size(table_.block_begins);
  shrink_to_size(table_.wide);
  out = std::move(table_);
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
