#include "newslib/segment.hpp"

#include "segment/sentence_splitter.hpp"
#include "text/utf8.hpp"

NEWSLIB_BEGIN_NAMESPACE

std::vector<span> split_sentences(std::string_view text, std::string_view language) {
  detail::require_valid_utf8(text);
  std::vector<span> out;
  detail::sentence_splitter_for(language).split(text, span{0, text.size()}, out);
  return out;
}

NEWSLIB_END_NAMESPACE
