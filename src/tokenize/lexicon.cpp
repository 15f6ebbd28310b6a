#include "tokenize/lexicon.hpp"

#include <cstring>
#include <memory>
#include <string>

#include "util/heap_buffer.hpp"
#include "language/languages.hpp"
#include "newslib/error.hpp"
#include "tokenize/term_interner.hpp"
#include "util/thread_cache.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

// Bounds on what a thread keeps between documents: many documents share most
// of their vocabulary, but a stream of unrelated text must not grow the memo
// forever. Within a document the memo grows as needed (a document's own terms
// take more room anyway); past these bounds it starts over afterwards.
constexpr std::size_t max_surfaces = std::size_t{1} << 16;
constexpr std::size_t max_string_bytes = std::size_t{4} << 20;

// Surfaces a fresh lexicon has room for (a table of 1,024 slots).
constexpr std::size_t initial_surfaces = 768;

// Offsets into a lexicon's strings are 32-bit.
constexpr std::size_t max_strings = UINT32_MAX;

}  // namespace

class lexicon_storage {
 public:
  static lexicon& get(std::size_t language_id) {
    lexicon_storage& storage = thread_cache<lexicon_storage>::get();
    const std::size_t i = language_id < language_count ? language_id : language_count;
    std::unique_ptr<lexicon>& l = storage.lexicons_[i];
    if (!l) l.reset(new lexicon(i));
    return *l;
  }


 private:
  std::array<std::unique_ptr<lexicon>, language_count + 1> lexicons_;
};

lexicon& lexicon::for_thread(std::size_t language_id) { return lexicon_storage::get(language_id); }

lexicon::lexicon(std::size_t language_id)
    : language_id_(language_id), slots_(initial_surfaces) {}

void lexicon::reset_slots() {
  slots_ = surface_table(initial_surfaces);  // a fresh array: a large one is given back
  single_.fill(slot{});
}

void lexicon::begin_document() {
  clear_if_large();
  if (++stamp_ == 0) {
    // After 2^32 documents the stamps wrap: forget every old one.
    for (mark& k : key_marks_) k.stamp = 0;
    for (mark& s : stem_marks_) s.stamp = 0;
    stamp_ = 1;
  }
  if (++slot_stamp_ == 0) {
    // Slots keep 16-bit stamps: every 65,535 documents, forget them.
    slots_.for_each([](slot& s) { s.stamp = 0; });
    for (slot& s : single_) s.stamp = 0;
    slot_stamp_ = 1;
  }
  document_terms_.clear();
  document_stems_.clear();
}

std::uint32_t lexicon::append_string(std::string_view s) {
  if (strings_.size() + s.size() + small_string > max_strings) {
    throw newslib::input_too_large("a document has more distinct text than newslib can index");
  }
  const auto offset = static_cast<std::uint32_t>(strings_.size());
  strings_.append(s.data(), s.size());
  return offset;
}

std::uint32_t lexicon::intern_string(std::vector<string_entry>& entries, std::vector<mark>& marks,
                                     flat_index& index, std::string_view s, std::uint64_t hash) {
  std::uint32_t id = index.find(hash, [&](std::uint32_t e) {
    return entries[e].size == s.size() &&
           bytes_equal(strings_.data() + entries[e].offset, s.data(), s.size());
  });
  if (id == flat_index::none) {
    string_entry e{};
    e.offset = append_string(s);
    e.size = static_cast<std::uint32_t>(s.size());
    entries.push_back(e);
    marks.push_back(mark{0, 0});
    id = static_cast<std::uint32_t>(entries.size() - 1);
    index.insert(hash, id);
  }
  return id;
}

lexicon::slot* lexicon::find_long(std::string_view surface, token_kind kind) {
  const std::uint64_t h = hash_bytes(surface) ^ static_cast<std::uint64_t>(kind);
  slot* s = slots_.find(h, [&](const slot& x) {
    return (x.flags & long_flag) != 0 && x.word[1] == h && x.kind == kind &&
           (x.word[0] & 0xFFFFFFFFu) == surface.size() &&
           bytes_equal(strings_.data() + (x.word[0] >> 32), surface.data(), surface.size());
  });
  return s != nullptr ? s : add_surface(surface, h, kind);
}

lexicon::slot* lexicon::add_surface(std::string_view surface, std::uint64_t hash,
                                    token_kind kind) {
  term_form form;
  form.key.swap(key_scratch_);
  form.stem.swap(stem_scratch_);
  make_term_form(surface, kind, language_id_, form);
  slot s{};
  s.key = intern_string(keys_, key_marks_, key_index_, form.key, form.key_hash);
  s.stem = intern_string(stems_, stem_marks_, stem_index_, form.stem, form.stem_hash);
  s.kind = kind;
  const bool stem_begins_key = form.stem.size() <= form.key.size() &&
                               form.key.compare(0, form.stem.size(), form.stem) == 0;
  s.flags = static_cast<std::uint8_t>(used_flag | (form.stopword ? stopword_flag : 0) |
                                      (form.key == surface ? key_is_surface_flag : 0) |
                                      (stem_begins_key ? stem_begins_key_flag : 0));
  form.key.swap(key_scratch_);
  form.stem.swap(stem_scratch_);

  if (surface.size() <= short_surface && surface.back() != '\0') {
    const short_key k = short_key_of(surface.data(), surface.size(), false);
    s.word[0] = k.word[0];
    s.word[1] = k.word[1];
    const auto b = static_cast<unsigned char>(surface[0]);
    if (surface.size() == 1 && b < 0x80 && single_[b].flags == 0) {
      single_[b] = s;  // this byte's usual kind: kept out of the table
      return &single_[b];
    }
  } else {
    s.word[0] = (std::uint64_t{append_string(surface)} << 32) | surface.size();
    s.word[1] = hash;
    s.flags |= long_flag;
  }
  return &slots_.insert(hash, s);
}

std::uint32_t lexicon::first_in_document(slot& s, std::uint32_t begin) {
  const bool key_is_surface = (s.flags & key_is_surface_flag) != 0;
  mark& key = key_marks_[s.key];
  if (key.stamp != stamp_) {
    // A key new to the document: a new term, made from this surface's form.
    if (document_terms_.size() >= max_terms) {
      throw newslib::input_too_large("a document has more than " + std::to_string(max_terms) +
                                     " distinct terms");
    }
    const auto id = static_cast<std::uint32_t>(document_terms_.size());
    key.stamp = stamp_;
    key.id = id | (key_is_surface ? key_placed : 0);
    // Written in place: a record assembled on the stack from parts and then
    // copied whole would stall on the store forwarding.
    term_source& source = document_terms_.emplace_back();
    source.key = s.key;
    source.stem = s.stem;
    source.text_at = key_is_surface ? begin : nowhere;
    source.kind = s.kind;
    source.stopword = (s.flags & stopword_flag) != 0;
    mark& stem = stem_marks_[s.stem];
    if (stem.stamp != stamp_) {
      stem.stamp = stamp_;
      stem.id = static_cast<std::uint32_t>(document_stems_.size());
      stem_source& stem_from = document_stems_.emplace_back();  // in place, as above
      stem_from.stem = s.stem;
      stem_from.term = (s.flags & stem_begins_key_flag) != 0 ? id : nowhere;
    }
  } else if (key_is_surface && (key.id & key_placed) == 0) {
    // The key first came in another form ("The"); here it is as it is ("the").
    key.id |= key_placed;
    document_terms_[key.id & ~key_placed].text_at = begin;
  }
  s.stamp = slot_stamp_;
  s.term = key.id & ~key_placed;
  return s.term;
}

void lexicon::finish_document(std::size_t text_size, term_table& out) {
  // Keys found in the text, and stems that begin their key, are kept as
  // places; every other key, then every other stem, goes end to end into
  // `chars`, sized exactly (plus a small-string's slack while copying, so
  // that a short string followed by 16 readable bytes of the lexicon's
  // strings is copied at a constant size).
  // (Local pointers: the writes below could alias the members for all the
  // compiler knows, so it would load them again at every step.)
  const string_entry* const keys = keys_.data();
  const string_entry* const stem_entries = stems_.data();
  const char* const strings = strings_.data();
  const term_source* const sources = document_terms_.data();
  const std::size_t terms = document_terms_.size();
  const std::size_t stems = document_stems_.size();
  std::size_t total = 0;
  for (std::size_t i = 0; i < terms; ++i) {
    if (sources[i].text_at == nowhere) total += keys[sources[i].key].size;
  }
  for (const stem_source& source : document_stems_) {
    if (source.term == nowhere) total += stem_entries[source.stem].size;
  }
  if (text_size + total > max_strings) {
    throw newslib::input_too_large("a document has more distinct text than newslib can index");
  }
  out.width.narrow = text_size + total <= table_width::narrow_limit &&
                     terms <= table_width::narrow_terms;
  const table_width width = out.width;

  out.chars.clear();
  if (total > 0) out.chars.resize(total + small_string);
  char* chars = out.chars.data();
  std::size_t at = 0;
  const std::size_t readable = strings_.size() < small_string ? 0 : strings_.size() - small_string;
  // Copies a string into `chars` and returns its place.
  auto copy = [&](const string_entry& e) {
    const char* from = strings + e.offset;
    if (e.size < small_string && e.offset <= readable) {
      std::memcpy(chars + at, from, small_string);
    } else {
      std::memcpy(chars + at, from, e.size);
    }
    const auto place = static_cast<std::uint32_t>(text_size + at);
    at += e.size;
    return place;
  };

  out.terms.resize(term_table::values_per_term * terms * width.words_per_value());
  packed_writer term_values(out.terms.data(), width.narrow);
  key_places_.resize(terms);
  std::uint32_t* const key_places = key_places_.data();
  const mark* const stem_marks = stem_marks_.data();
  for (std::size_t i = 0; i < terms; ++i) {
    const term_source& source = sources[i];
    const string_entry& key = keys[source.key];
    key_places[i] = source.text_at != nowhere ? source.text_at : copy(key);
    term_values.put(key_places[i]);
    term_values.put(key.size);
    term_values.put(width.pack(stem_marks[source.stem].id, source.kind, source.stopword));
  }
  out.stems.resize(term_table::values_per_stem * stems * width.words_per_value());
  packed_writer stem_values(out.stems.data(), width.narrow);
  for (const stem_source& source : document_stems_) {
    const string_entry& stem = stem_entries[source.stem];
    stem_values.put(source.term != nowhere ? key_places[source.term] : copy(stem));
    stem_values.put(stem.size);
  }
  out.chars.resize(total);
  keep_in_heap_buffer(out.chars);  // term keys point into it
  document_terms_.clear();
  document_stems_.clear();
  clear_if_large();
}

void lexicon::clear_if_large() {
  if (slots_.size() <= max_surfaces && strings_.size() <= max_string_bytes) return;
  // Start over, and give back the memory of an unusually large document.
  if (keys_.capacity() > 2 * max_surfaces || strings_.capacity() > 2 * max_string_bytes) {
    std::vector<string_entry>().swap(keys_);
    std::vector<string_entry>().swap(stems_);
    std::vector<mark>().swap(key_marks_);
    std::vector<mark>().swap(stem_marks_);
    std::string().swap(strings_);
  } else {
    keys_.clear();
    stems_.clear();
    key_marks_.clear();
    stem_marks_.clear();
    strings_.clear();
  }
  reset_slots();
  key_index_.reset(64);
  stem_index_.reset(64);
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
