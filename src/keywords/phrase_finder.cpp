#include "keywords/phrase_finder.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <utility>

#include "keywords/background_idf.hpp"
#include "text/utf8.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

// True if the word's first letter is upper case ("Obama", "3DS", "iPhone" is not).
bool starts_upper(std::string_view word) noexcept {
  for (std::size_t i = 0; i < word.size();) {
    const auto cp = static_cast<UChar32>(decode_utf8(word, i));
    if (u_isalpha(cp)) return u_isupper(cp) || u_istitle(cp);
  }
  return false;
}

bool has_alphabetic(std::string_view word) noexcept {
  for (std::size_t i = 0; i < word.size();) {
    if (u_isalpha(static_cast<UChar32>(decode_utf8(word, i)))) return true;
  }
  return false;
}

}  // namespace

bool phrase_finder::is_stopword(const term& t) const noexcept {
  if (t.stopword || stopwords_.contains(t.key)) return true;
  // "jusqu'en", "dell'ultimo": an elided word before a function word.
  const clitic_trim trim = find_clitics(t.key, clitics_);
  return trim.front > 0 && stopwords_.contains(t.key.substr(trim.front));
}

phrase_finder::phrase_finder(const document& doc)
    : doc_(doc),
      stopwords_(doc.language().code),
      clitics_(clitics_for(doc.language().code)),
      positions_(doc.stems().size()) {
  const auto& tokens = doc.tokens();
  const auto& terms = doc.terms();
  content_.assign(tokens.size(), 0);

  // Per term: may it be part of a phrase, and is it written capitalised
  // somewhere other than at the start of a sentence, or missing from the
  // language's list of frequent words (then a capitalised sentence-initial
  // occurrence is a name too: "Nintendo announced", not "Officials said")?
  const background_idf* background = background_idf::for_language(doc.language().code);
  std::vector<char> term_content(terms.size(), 0);
  std::vector<char> capitalised_inside(terms.size(), 0);
  for (std::size_t t = 0; t < terms.size(); ++t) {
    const term tm = terms[t];
    // A word of more than four hyphenated parts is a slogan or a slug
    // ("the-post-is-killing-journalism"), not a term.
    term_content[t] = tm.kind == token_kind::word && !is_stopword(tm) &&
                      count_code_points(tm.key) > 1 && has_alphabetic(tm.key) &&
                      std::count(tm.key.begin(), tm.key.end(), '-') < 4;
    if (term_content[t] && background != nullptr && !background->knows(std::string(tm.stem))) {
      capitalised_inside[t] = 1;
    }
  }
  for (const sentence& s : doc.sentences()) {
    bool first = true;
    for (std::size_t i = s.first_token; i < s.first_token + s.token_count; ++i) {
      if (tokens[i].kind != token_kind::word) continue;
      if (!first && starts_upper(doc.slice(tokens[i].bytes()))) capitalised_inside[tokens[i].term] = 1;
      first = false;
    }
  }

  for (const sentence& s : doc.sentences()) {
    const std::size_t end = s.first_token + s.token_count;
    std::size_t first_word = end;
    for (std::size_t i = s.first_token; i < end; ++i) {
      if (tokens[i].kind == token_kind::word) {
        first_word = i;
        break;
      }
    }
    std::size_t i = s.first_token;
    while (i < end) {
      if (!term_content[tokens[i].term]) {
        ++i;
        continue;
      }
      // A run: content words of one class, cut after a possessive and
      // before an elided article.
      const auto is_proper = [&](std::size_t k) {
        std::string_view text = doc.slice(tokens[k].bytes());
        text.remove_prefix(find_clitics(text, clitics_).front);
        return starts_upper(text) && (k != first_word || capitalised_inside[tokens[k].term]);
      };
      const bool proper = is_proper(i);
      std::size_t j = i;
      while (j < end && term_content[tokens[j].term] && is_proper(j) == proper) {
        const clitic_trim trim = find_clitics(doc.slice(tokens[j].bytes()), clitics_);
        if (j > i && trim.front > 0) break;
        ++j;
        if (trim.back > 0) break;
      }
      runs_.push_back({s.index, i, j - i, proper});
      for (std::size_t k = i; k < j; ++k) {
        content_[k] = 1;
        positions_[terms[tokens[k].term].stem_id].emplace_back(k, j);
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

span phrase_finder::shown(std::size_t first, std::size_t size) const {
  const auto& tokens = doc_.tokens();
  const token a = tokens[first];
  const token b = tokens[first + size - 1];
  span out{a.begin, b.end};
  out.begin += find_clitics(doc_.slice(a.bytes()), clitics_).front;
  out.end -= find_clitics(doc_.slice(b.bytes()), clitics_).back;
  return out;
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
