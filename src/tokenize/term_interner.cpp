#include "tokenize/term_interner.hpp"

#include <array>
#include <cstring>

#include "language/languages.hpp"
#include "language/stopwords.hpp"
#include "stem/stemmer.hpp"
#include "text/term_key.hpp"
#include "util/hash.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

constexpr std::string_view right_single_quote = "\xE2\x80\x99";

// Elided forms before an apostrophe that the stem leaves out.
bool is_elision(std::size_t lang, std::string_view prefix) noexcept {
  static constexpr std::array<std::string_view, 14> french = {
      "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"};
  static constexpr std::array<std::string_view, 19> italian = {
      "l",    "d",    "c",    "s",     "m",     "t",    "v",    "un",    "dell", "all",
      "dall", "nell", "sull", "coll",  "dev",   "quest", "quell", "bell", "sant"};
  if (lang == language_id("fr")) {
    for (std::string_view e : french) {
      if (e == prefix) return true;
    }
  } else if (lang == language_id("it")) {
    for (std::string_view e : italian) {
      if (e == prefix) return true;
    }
  }
  return false;
}

}  // namespace

void make_term_form(std::string_view surface, token_kind kind, std::size_t language_id,
                    term_form& out) {
  term_key(surface, out.key);
  out.key_hash = hash_bytes(out.key);
  out.stopword = false;
  if (kind != token_kind::word || language_id >= language_count) {
    out.stem = out.key;
    out.stem_hash = out.key_hash;
    return;
  }
  std::string_view form = out.key;
  std::string plain;  // the key with typographic apostrophes made plain
  if (form.find(right_single_quote) != std::string_view::npos) {
    plain.reserve(form.size());
    for (std::size_t i = 0; i < form.size();) {
      if (form.compare(i, 3, right_single_quote) == 0) {
        plain.push_back('\'');
        i += 3;
      } else {
        plain.push_back(form[i++]);
      }
    }
    form = plain;
  }
  out.stopword = stopwords_for_id(language_id).contains(form);
  std::string_view stem_input = form;
  const std::size_t apostrophe = form.find('\'');
  if (apostrophe != std::string_view::npos && apostrophe + 1 < form.size() &&
      is_elision(language_id, form.substr(0, apostrophe))) {
    stem_input = form.substr(apostrophe + 1);
  }
  snowball_stem(language_id, stem_input, out.stem);
  out.stem_hash = hash_bytes(out.stem);
}

term_interner::term_interner(std::string_view text, std::string_view language)
    : text_(text), lexicon_(lexicon::for_thread(language_id(language))) {
  lexicon_.begin_document();
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
