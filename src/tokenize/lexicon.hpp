// A per-thread memo of term forms (key, stem, stopword) by surface text, one per
// language, that also assigns the term ids of the document being parsed.
//
// Every distinct surface, key and stem is stored once per thread and stamped
// with the document that last used it, together with its id in that document.
// Interning a token is then one hash probe: normalisation, stemming and
// stopword lookup run once per surface per thread, and a document needs no
// tables of its own, only the list of terms and stems it used first.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newslib/token.hpp"
#include "tokenize/flat_index.hpp"

namespace newslib::detail {

class lexicon {
 public:
  static constexpr std::uint32_t none = flat_index::none;

  /// The lexicon of language id `language_id` (`no_language` or above: the one
  /// for text without stemming or stopwords) for the calling thread.
  static lexicon& for_thread(std::size_t language_id);

  lexicon(const lexicon&) = delete;
  lexicon& operator=(const lexicon&) = delete;

  /// Starts a document: every surface is new to it. Documents on one thread
  /// are parsed one at a time, so one document is open per lexicon.
  void begin_document();

  /// The term id, in the open document, of a token with text `surface` and
  /// kind `kind`. Ids count up from 0 in order of first appearance of a key.
  std::uint32_t term_of(std::string_view surface, token_kind kind) {
    std::uint32_t e;
    const auto b = static_cast<unsigned char>(surface[0]);
    if (surface.size() == 1 && b < 0x80 && single_[b] != none &&
        surfaces_[single_[b]].kind == kind) {
      // One-byte tokens (punctuation, "a", "I", digits) are a tenth or more
      // of news text: a direct table beats hashing.
      e = single_[b];
    } else {
      const std::uint64_t h = hash_bytes(surface) ^ static_cast<std::uint64_t>(kind);
      e = surface_index_.find(h, [&](std::uint32_t id) {
        const surface_entry& s = surfaces_[id];
        return s.size == surface.size() && s.kind == kind &&
               bytes_equal(surface_data(s), surface.data(), surface.size());
      });
      if (e == none) e = add_surface(surface, h, kind);
    }
    const surface_entry& s = surfaces_[e];
    if (s.stamp == stamp_) return s.term;
    return first_in_document(e);
  }

  /// Writes the terms and stems of the open document, in id order, each
  /// vector sized exactly, and closes the document.
  void finish_document(std::vector<term>& terms, std::vector<std::string>& stems);

 private:
  friend class lexicon_storage;
  explicit lexicon(std::size_t language_id);

  // Surfaces up to this long are kept inside their entry.
  static constexpr std::size_t inline_surface = 16;

  struct surface_entry {
    char bytes[inline_surface];  // the surface, when it fits
    std::uint32_t offset;        // else its place in `strings_`
    std::uint32_t size;
    std::uint32_t key;           // index into keys_
    std::uint32_t stem;          // index into stems_
    std::uint32_t stamp;         // the document `term` belongs to
    std::uint32_t term;
    token_kind kind;
    bool stopword;
  };
  // A key or a stem, and its id in the document that last used it.
  struct string_entry {
    std::uint32_t offset;  // into strings_
    std::uint32_t size;
    std::uint32_t stamp;
    std::uint32_t id;
  };

  [[nodiscard]] const char* surface_data(const surface_entry& s) const noexcept {
    return s.size <= inline_surface ? s.bytes : strings_.data() + s.offset;
  }
  [[nodiscard]] std::string_view text_of(const string_entry& s) const noexcept {
    return std::string_view(strings_).substr(s.offset, s.size);
  }

  std::uint32_t add_surface(std::string_view surface, std::uint64_t hash, token_kind kind);
  std::uint32_t first_in_document(std::uint32_t surface);
  std::uint32_t intern_string(std::vector<string_entry>& entries, flat_index& index,
                              std::string_view s, std::uint64_t hash);
  std::uint32_t append_string(std::string_view s);
  void clear_if_large();

  std::size_t language_id_;
  std::uint32_t stamp_ = 0;
  std::vector<surface_entry> surfaces_;
  std::vector<string_entry> keys_;
  std::vector<string_entry> stems_;
  std::string strings_;  // long surfaces, keys and stems, end to end
  flat_index surface_index_;
  flat_index key_index_;
  flat_index stem_index_;
  std::array<std::uint32_t, 128> single_;  // surface entry of each one-byte ASCII token
  std::vector<std::uint32_t> document_terms_;  // surface entry that made each term
  std::vector<std::uint32_t> document_stems_;  // stems_ index of each stem id
  std::string key_scratch_, stem_scratch_;
};

}  // namespace newslib::detail
