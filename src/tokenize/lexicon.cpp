#include "tokenize/lexicon.hpp"

#include <cstring>
#include <memory>

#include "language/languages.hpp"
#include "newslib/error.hpp"
#include "tokenize/term_interner.hpp"

namespace newslib::detail {
namespace {

// Bounds on what a thread keeps between documents: many documents share most
// of their vocabulary, but a stream of unrelated text must not grow the memo
// forever. Within a document the memo grows as needed (a document's own terms
// take more room anyway); past these bounds it starts over afterwards.
constexpr std::size_t max_surfaces = std::size_t{1} << 16;
constexpr std::size_t max_string_bytes = std::size_t{4} << 20;

// Offsets into a lexicon's strings are 32-bit.
constexpr std::size_t max_strings = UINT32_MAX;

}  // namespace

class lexicon_storage {
 public:
  static lexicon& get(std::size_t language_id) {
    thread_local lexicon_storage storage;
    const std::size_t i = language_id < language_count ? language_id : language_count;
    std::unique_ptr<lexicon>& l = storage.lexicons_[i];
    if (!l) l.reset(new lexicon(i));
    return *l;
  }


 private:
  std::array<std::unique_ptr<lexicon>, language_count + 1> lexicons_;
};

lexicon& lexicon::for_thread(std::size_t language_id) { return lexicon_storage::get(language_id); }

lexicon::lexicon(std::size_t language_id) : language_id_(language_id) { single_.fill(none); }

void lexicon::begin_document() {
  clear_if_large();
  if (++stamp_ == 0) {
    // After 2^32 documents the stamps wrap: forget every old one.
    for (surface_entry& s : surfaces_) s.stamp = 0;
    for (string_entry& k : keys_) k.stamp = 0;
    for (string_entry& s : stems_) s.stamp = 0;
    stamp_ = 1;
  }
  document_terms_.clear();
  document_stems_.clear();
}

std::uint32_t lexicon::append_string(std::string_view s) {
  if (strings_.size() + s.size() > max_strings) {
    throw newslib::input_too_large("a document has more distinct text than newslib can index");
  }
  const auto offset = static_cast<std::uint32_t>(strings_.size());
  strings_.append(s.data(), s.size());
  return offset;
}

std::uint32_t lexicon::intern_string(std::vector<string_entry>& entries, flat_index& index,
                                     std::string_view s, std::uint64_t hash) {
  std::uint32_t id = index.find(hash, [&](std::uint32_t e) {
    return entries[e].size == s.size() &&
           bytes_equal(strings_.data() + entries[e].offset, s.data(), s.size());
  });
  if (id == none) {
    string_entry e{};
    e.offset = append_string(s);
    e.size = static_cast<std::uint32_t>(s.size());
    entries.push_back(e);
    id = static_cast<std::uint32_t>(entries.size() - 1);
    index.insert(hash, id);
  }
  return id;
}

std::uint32_t lexicon::add_surface(std::string_view surface, std::uint64_t hash,
                                   token_kind kind) {
  term_form form;
  form.key.swap(key_scratch_);
  form.stem.swap(stem_scratch_);
  make_term_form(surface, kind, language_id_, form);

  surface_entry s{};
  s.size = static_cast<std::uint32_t>(surface.size());
  if (surface.size() <= short_surface) {
    const short_key k = short_key_of(surface.data(), surface.size(), false);
    s.word[0] = k.word[0];
    s.word[1] = k.word[1];
  } else {
    s.offset = append_string(surface);
  }
  s.key = intern_string(keys_, key_index_, form.key, form.key_hash);
  s.stem = intern_string(stems_, stem_index_, form.stem, form.stem_hash);
  s.kind = kind;
  s.stopword = form.stopword;
  s.stamp = 0;
  surfaces_.push_back(s);
  const auto id = static_cast<std::uint32_t>(surfaces_.size() - 1);
  surface_index_.insert(hash, id);
  const auto b = static_cast<unsigned char>(surface[0]);
  if (surface.size() == 1 && b < 0x80 && single_[b] == none) single_[b] = id;

  form.key.swap(key_scratch_);
  form.stem.swap(stem_scratch_);
  return id;
}

void lexicon::finish_document(std::vector<term>& terms, std::vector<std::string>& stems) {
  terms.clear();
  terms.reserve(document_terms_.size());
  for (const std::uint32_t e : document_terms_) {
    const surface_entry& s = surfaces_[e];
    const std::string_view key = text_of(keys_[s.key]);
    const string_entry& stem = stems_[s.stem];
    // Constructed in place: cheaper than assigning to empty strings.
    terms.push_back(term{std::string(key.data(), key.size()),
                         std::string(strings_.data() + stem.offset, stem.size), stem.id, s.kind,
                         s.stopword});
  }
  stems.clear();
  stems.reserve(document_stems_.size());
  for (const std::uint32_t e : document_stems_) {
    const std::string_view stem = text_of(stems_[e]);
    stems.emplace_back(stem.data(), stem.size());
  }
  document_terms_.clear();
  document_stems_.clear();
  clear_if_large();
}

void lexicon::clear_if_large() {
  if (surfaces_.size() <= max_surfaces && strings_.size() <= max_string_bytes) return;
  // Start over, and give back the memory of an unusually large document.
  const bool release = surfaces_.capacity() > 2 * max_surfaces ||
                       strings_.capacity() > 2 * max_string_bytes;
  if (release) {
    std::vector<surface_entry>().swap(surfaces_);
    std::vector<string_entry>().swap(keys_);
    std::vector<string_entry>().swap(stems_);
    std::string().swap(strings_);
  } else {
    surfaces_.clear();
    keys_.clear();
    stems_.clear();
    strings_.clear();
  }
  surface_index_.reset(64);
  key_index_.reset(64);
  stem_index_.reset(64);
  single_.fill(none);
}

}  // namespace newslib::detail
