#include "keywords/phrase_finder.hpp"

#include <utility>

#include "keywords/keyword_stoplist.hpp"

namespace newslib::detail {

bool phrase_finder::is_stopword(const term& t) const noexcept {
  return t.stopword || (stoplist_ != nullptr && stoplist_->contains(t.key));
}

bool phrase_finder::is_content(const token& t) const noexcept {
  if (t.kind != token_kind::word && t.kind != token_kind::number) return false;
  return !is_stopword(doc_.term_of(t));
}

phrase_finder::phrase_finder(const document& doc)
    : doc_(doc),
      stoplist_(keyword_stoplist(doc.language().code)),
      positions_(doc.stems().size()) {
  const auto& tokens = doc.tokens();
  for (const sentence& s : doc.sentences()) {
    const std::size_t end = s.first_token + s.token_count;
    std::size_t i = s.first_token;
    while (i < end) {
      if (!is_content(tokens[i])) {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < end && is_content(tokens[j])) ++j;
      runs_.push_back({s.index, i, j - i});
      for (std::size_t k = i; k < j; ++k) {
        positions_[doc.term_of(tokens[k]).stem_id].emplace_back(k, j);
      }
      i = j;
    }
  }
}

std::vector<std::size_t> phrase_finder::occurrences(const stem_sequence& phrase) const {
  std::vector<std::size_t> found;
  if (phrase.empty() || phrase.front() >= positions_.size()) return found;
  const auto& tokens = doc_.tokens();
  // Left to right without overlaps, as a text search counts them: in "gut gut
  // gut gut" the phrase "gut gut gut" occurs once, and no two spans overlap.
  std::size_t free_from = 0;
  for (const auto& [start, run_end] : positions_[phrase.front()]) {
    if (start < free_from || start + phrase.size() > run_end) continue;
    bool match = true;
    for (std::size_t k = 1; k < phrase.size() && match; ++k) {
      match = doc_.term_of(tokens[start + k]).stem_id == phrase[k];
    }
    if (match) {
      found.push_back(start);
      free_from = start + phrase.size();
    }
  }
  return found;
}

std::string phrase_finder::key(const stem_sequence& phrase) const {
  std::string out;
  for (const std::uint32_t stem : phrase) {
    if (!out.empty()) out.push_back(' ');
    out += doc_.stems()[stem];
  }
  return out;
}

}  // namespace newslib::detail
