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
// three rules:"); on its own in a summary it leads nowhere.
bool introduces_what_follows(std::string_view sentence) noexcept {
  while (!sentence.empty() && (sentence.back() == ' ' || sentence.back() == '\t' ||
                               sentence.back() == '\n' || sentence.back() == '\r')) {
    sentence.remove_suffix(1);
  }
  return !sentence.empty() && sentence.back() == ':';
}

// Whether sentence `s` of a web page is part of the page's furniture rather
// than its story: a picture caption ("United Nations peacekeepers at a
// refugee camp on Monday."), a heading that is a label, or a picture credit
// left inside another block ("Credit: NASA" after a photo's text in a layout
// table). `block` is the first block that does not end before the sentence.
bool page_furniture(const document& doc, const sentence_vectors& vectors, std::size_t s,
                    const std::vector<html_block>& blocks,
                    std::vector<html_block>::const_iterator block) {
  if (block != blocks.end() && block->text.begin <= doc.sentences()[s].bytes.begin) {
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
  std::vector<html_block>::const_iterator block;
  if (page != nullptr) block = page->blocks.begin();
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    bool excluded = introduces_what_follows(doc.sentence_text(s));
    if (page != nullptr) {
      const span bytes = sentences[s].bytes;
      while (block != page->blocks.end() && block->text.end <= bytes.begin) ++block;
      excluded = excluded || page_furniture(doc, vectors, s, page->blocks, block);
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
