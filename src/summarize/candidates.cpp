// Which sentences a summary may select.
#include "summarize/candidates.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

#include "html/credit_lines.hpp"
#include "newslib/html.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

// A heading shorter than this is a label ("Latest", "Around The Web", "Mac
// Apps"), not a statement; longer ones are often the standfirst.
constexpr std::size_t min_heading_words = 6;

// A sentence ending in a colon introduces what follows it ("The memo set out
// three rules:"); on its own in a summary it leads nowhere. Sentences are
// trimmed of surrounding white space (segment.hpp).
bool introduces_what_follows(std::string_view sentence) noexcept {
  return !sentence.empty() && sentence.back() == ':';
}

// Whether sentence `s` of a web page is part of the page's furniture rather
// than its story: a picture caption ("United Nations peacekeepers at a
// refugee camp on Monday."), a heading that is a label, or a picture credit
// left inside another block ("Credit: NASA" after a photo's text in a layout
// table). `block` is the block that holds the sentence, or nullptr.
bool page_furniture(const document& doc, const sentence_vectors& vectors, std::size_t s,
                    const html_block* block) {
  if (block != nullptr) {
    if (block->kind == html_block_kind::caption) return true;
    if (block->kind == html_block_kind::heading && vectors.word_count(s) < min_heading_words) {
      return true;
    }
  }
  return is_credit_line(doc.sentence_text(s));
}

}  // namespace

std::vector<char> summary_candidates(const document& doc, const sentence_vectors& vectors) {
  const auto& sentences = doc.sentences();
  const web_page* page = doc.page();
  std::vector<char> out;
  std::size_t block = 0;  // sentences and blocks are both in text order
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    bool excluded = introduces_what_follows(doc.sentence_text(s));
    if (page != nullptr) {
      const std::vector<html_block>& blocks = page->blocks;
      const std::size_t begin = sentences[s].bytes.begin;
      while (block < blocks.size() && blocks[block].text.end <= begin) ++block;
      const bool held = block < blocks.size() && blocks[block].text.begin <= begin;
      excluded = excluded || page_furniture(doc, vectors, s, held ? &blocks[block] : nullptr);
    }
    if (excluded) {
      if (out.empty()) out.assign(sentences.size(), 1);
      out[s] = 0;
    }
  }
  return out;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
