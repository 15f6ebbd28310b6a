#include "tokenize/term_interner.hpp"

#include <array>
#include <cstring>

#include "language/languages.hpp"
#include "language/stopwords.hpp"
#include "stem/stemmer.hpp"
#include "unicode/term_key.hpp"

namespace newslib::detail {
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

std::size_t distinct_estimate(std::size_t tokens) noexcept {
  const std::size_t e = tokens / 2 + 16;
  return e < 8192 ? e : 8192;
}

// Per-thread memo of term forms by surface text, one table per language (plus
// one for languages without resources). Many documents share most of their
// vocabulary, so this saves most normalisation and stemming; it is bounded and
// starts over when full.
class lexicon {
 public:
  static constexpr std::size_t max_entries = 1u << 16;
  static constexpr std::size_t max_surface = 64;

  // `hash` is hash_bytes(surface).
  const term_form& get(std::string_view surface, std::uint64_t hash, token_kind kind,
                       std::size_t language_id, term_form& scratch) {
    if (surface.size() > max_surface) {
      make_term_form(surface, kind, language_id, scratch);
      return scratch;
    }
    const std::uint64_t h = hash ^ static_cast<std::uint64_t>(kind);
    const std::uint32_t id = index_.find(h, [&](std::uint32_t e) {
      const std::string& stored = entries_[e].surface;
      return entries_[e].kind == kind && stored.size() == surface.size() &&
             bytes_equal(stored.data(), surface.data(), surface.size());
    });
    if (id != flat_index::none) return entries_[id].form;
    if (entries_.size() >= max_entries) {
      entries_.clear();
      index_.reset(64);
    }
    entry e;
    e.surface.assign(surface.data(), surface.size());
    e.kind = kind;
    make_term_form(surface, kind, language_id, e.form);
    entries_.push_back(std::move(e));
    index_.insert(h, static_cast<std::uint32_t>(entries_.size() - 1));
    return entries_.back().form;
  }

 private:
  struct entry {
    std::string surface;
    token_kind kind;
    term_form form;
  };
  flat_index index_;
  std::vector<entry> entries_;
};

lexicon& thread_lexicon(std::size_t language_id) {
  thread_local std::array<lexicon, language_count + 1> lexicons;
  return lexicons[language_id < language_count ? language_id : language_count];
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

term_interner::term_interner(std::string_view text, std::string_view language,
                             std::vector<term>& terms, std::vector<std::string>& stems,
                             std::size_t expected_tokens)
    : text_(text),
      language_id_(language_id(language)),
      terms_(terms),
      stems_(stems),
      // Short articles have about one distinct form per two or three tokens;
      // long texts far fewer (vocabularies grow sublinearly), so the sizes
      // are capped and the tables grow when needed.
      surface_index_(distinct_estimate(expected_tokens)),
      key_index_(distinct_estimate(expected_tokens)),
      stem_index_(distinct_estimate(expected_tokens)) {
  single_ascii_.fill(flat_index::none);
  terms_.reserve(distinct_estimate(expected_tokens));
  stems_.reserve(distinct_estimate(expected_tokens));
  surfaces_.reserve(distinct_estimate(expected_tokens));
}

std::uint32_t term_interner::intern(std::uint32_t begin, std::uint32_t end, token_kind kind) {
  if (end - begin == 1) {
    // One-byte tokens (punctuation, "a", "I", digits) are a tenth or more of
    // news text: a direct table beats hashing. One byte, one kind.
    const auto b = static_cast<unsigned char>(text_[begin]);
    if (b < 0x80) {
      std::uint32_t& t = single_ascii_[b];
      if (t == flat_index::none) {
        const std::string_view s = text_.substr(begin, 1);
        t = intern_new(s, hash_bytes(s), begin, kind);
      }
      return t;
    }
  }
  const std::string_view s = text_.substr(begin, end - begin);
  const std::uint64_t h = hash_bytes(s);
  const std::uint32_t found = surface_index_.find(h, [&](std::uint32_t id) {
    const surface& x = surfaces_[id];
    return x.size == s.size() && bytes_equal(text_.data() + x.begin, s.data(), s.size());
  });
  if (found != flat_index::none) return surfaces_[found].term;
  return intern_new(s, h, begin, kind);
}

std::uint32_t term_interner::intern_new(std::string_view s, std::uint64_t hash,
                                        std::uint32_t begin, token_kind kind) {
  const term_form* form;
  if (kind != token_kind::word && s.size() <= 16 && is_ascii(s)) {
    // Punctuation, numbers and the like: the key is the lowercased text and
    // there is nothing to stem, so computing beats the per-thread memo.
    term_key(s, scratch_.key);
    scratch_.stem = scratch_.key;
    scratch_.key_hash = scratch_.stem_hash = hash_bytes(scratch_.key);
    scratch_.stopword = false;
    form = &scratch_;
  } else {
    form = &thread_lexicon(language_id_).get(s, hash, kind, language_id_, scratch_);
  }
  const std::uint64_t kh = form->key_hash;
  std::uint32_t t =
      key_index_.find(kh, [&](std::uint32_t id) {
        const std::string& k = terms_[id].key;
        return k.size() == form->key.size() && bytes_equal(k.data(), form->key.data(), k.size());
      });
  if (t == flat_index::none) {
    t = add_term(*form, kind);
    key_index_.insert(kh, t);
  }
  surfaces_.push_back(surface{begin, static_cast<std::uint32_t>(s.size()), t});
  surface_index_.insert(hash, static_cast<std::uint32_t>(surfaces_.size() - 1));
  return t;
}

std::uint32_t term_interner::add_term(const term_form& form, token_kind kind) {
  const std::uint32_t stem_id = intern_stem(form.stem, form.stem_hash);
  term& t = terms_.emplace_back();
  t.key = form.key;
  t.stem = form.stem;
  t.stem_id = stem_id;
  t.kind = kind;
  t.stopword = form.stopword;
  return static_cast<std::uint32_t>(terms_.size() - 1);
}

std::uint32_t term_interner::intern_stem(const std::string& stem, std::uint64_t h) {
  std::uint32_t id = stem_index_.find(h, [&](std::uint32_t s) {
    return stems_[s].size() == stem.size() && bytes_equal(stems_[s].data(), stem.data(), stem.size());
  });
  if (id == flat_index::none) {
    stems_.push_back(stem);
    id = static_cast<std::uint32_t>(stems_.size() - 1);
    stem_index_.insert(h, id);
  }
  return id;
}

}  // namespace newslib::detail
