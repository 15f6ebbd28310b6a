// A per-thread memo of term forms (key, stem, stopword) by surface text, one per
// language, that also assigns the term ids of the document being parsed.
//
// Every distinct surface, key and stem is stored once per thread and stamped
// with the document that last used it, together with its id in that document.
// Interning a token is then one hash probe that touches one cache line (the
// slot holds the surface, its form and its term): normalisation, stemming and
// stopword lookup run once per surface per thread, and a document needs no
// tables of its own, only the list of terms and stems it used first.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "util/bits.hpp"
#include "newslib/detail/term_table.hpp"
#include "newslib/detail/token_table.hpp"
#include "newslib/token.hpp"
#include "util/flat_index.hpp"
#include "util/hash.hpp"
#include "util/linear_probe_table.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

// Surfaces up to this long are kept inside their lexicon slot, as two words.
inline constexpr std::size_t lexicon_short_surface = 16;

class lexicon {
 public:
  /// The lexicon of language id `language_id` (`no_language` or above: the one
  /// for text without stemming or stopwords) for the calling thread.
  static lexicon& for_thread(std::size_t language_id);

  lexicon(const lexicon&) = delete;
  lexicon& operator=(const lexicon&) = delete;

  /// Starts a document: every surface is new to it. Documents on one thread
  /// are parsed one at a time, so one document is open per lexicon.
  void begin_document();

  /// Sets the `term` of `count` tokens of `text` to its id in the open
  /// document; ids count up from 0 in order of first appearance of a key.
  /// The tokens' slots are looked up after all are prefetched, so that the
  /// cache misses of rare words overlap.
  void assign_terms(std::string_view text, packed_token* tokens, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
      packed_token& t = tokens[i];
      const std::size_t n = t.end - t.begin;
      const char* p = text.data() + t.begin;
      t.set_term(0);
      if (n >= 2 && n <= short_surface && p[n - 1] != '\0') {
        const short_key k = short_key_of(p, n, text.size() - t.begin >= short_surface);
        // The low bits of the hash wait in the term field (zero means "no
        // hash" below: the rare zero is just not kept).
        t.set_term(static_cast<std::uint32_t>(short_hash(k, t.kind())) & kept_hash_mask);
        prefetch(slots_.home(t.term()));
      }
    }
    for (std::size_t i = 0; i < count; ++i) {
      packed_token& t = tokens[i];
      slot* s = find_slot(text, t.begin, t.end, t.kind(), t.term());
      t.set_term(s->stamp == slot_stamp_ ? s->term : first_in_document(*s, t.begin));
    }
  }

  /// Writes the terms and stems of the open document, in id order, into
  /// `out` (every part sized exactly), and closes the document. `text_size`
  /// is the size of the document's text, where keys and stems are found.
  void finish_document(std::size_t text_size, term_table& out);

 private:
  friend class lexicon_storage;
  explicit lexicon(std::size_t language_id);

  static constexpr std::size_t short_surface = lexicon_short_surface;
  // The bits of a surface's hash that fit a token's `term` field.
  static constexpr std::uint32_t kept_hash_mask = max_terms - 1;
  // Strings shorter than this fit std::string's own buffer in common
  // implementations (15 characters and the terminator).
  static constexpr std::size_t small_string = 16;
  // slot::flags
  static constexpr std::uint8_t used_flag = 1, long_flag = 2, stopword_flag = 4,
                                key_is_surface_flag = 8, stem_begins_key_flag = 16;

  // A surface of one kind: its form, and its term in the document stamped
  // last. The slots are the hash table's own, 32 bytes each.
  struct alignas(32) slot {
    // A short surface, zero-padded; a longer one: its place in `strings_` and
    // its size (high and low halves), then its hash.
    std::uint64_t word[2];
    std::uint32_t term;
    std::uint32_t key;     // index into keys_
    std::uint32_t stem;    // index into stems_
    std::uint16_t stamp;   // the document `term` belongs to (see slot_stamp_)
    token_kind kind;
    std::uint8_t flags;    // 0 in an empty slot
  };
  // A key or a stem.
  struct string_entry {
    std::uint32_t offset;  // into strings_
    std::uint32_t size;
  };
  // A key's or a stem's id in the document that last used it: apart from the
  // strings, so that the marks a document touches share fewer cache lines.
  struct mark {
    std::uint32_t stamp;
    std::uint32_t id;
  };
  // What a term of the open document is made of: its key and stem (ids in
  // this lexicon), where a token's text is its key (`nowhere` if none is),
  // and its kind and stopword flag.
  struct term_source {
    std::uint32_t key;
    std::uint32_t stem;
    std::uint32_t text_at;
    token_kind kind;
    bool stopword;
  };
  // A stem of the open document: its id in this lexicon, and the document
  // term whose key it came from and begins (`nowhere` if it does not begin
  // that key).
  struct stem_source {
    std::uint32_t stem;
    std::uint32_t term;
  };
  static constexpr std::uint32_t nowhere = UINT32_MAX;
  // In a key's mark, beside its term id: some token of the open document
  // spells the key exactly (term ids stay below 2^28).
  static constexpr std::uint32_t key_placed = std::uint32_t{1} << 31;

  static std::uint64_t short_hash(const short_key& k, token_kind kind) noexcept {
    return detail::short_hash(k, static_cast<std::uint64_t>(kind));
  }

  // The surface table: a slot is empty until it has flags; a short surface
  // is hashed from its words, a long one keeps its hash. Most lookups find
  // their surface in the first slot, so the probe compares it first (an empty
  // slot holds zeros, which no surface without a final NUL is, and no flags).
  struct surface_slots {
    using slot = lexicon::slot;
    static constexpr bool match_first = true;
    static bool empty(const slot& s) noexcept { return s.flags == 0; }
    static std::uint64_t hash(const slot& s) noexcept {
      return (s.flags & long_flag) != 0 ? s.word[1]
                                        : short_hash(short_key{{s.word[0], s.word[1]}}, s.kind);
    }
  };
  using surface_table = linear_probe_table<surface_slots>;

  [[nodiscard]] std::string_view text_of(const string_entry& s) const noexcept {
    return std::string_view(strings_).substr(s.offset, s.size);
  }

  // The slot of the token text[begin, end) of kind `kind`, added if new.
  // `hash`, if not zero, is the low half of short_hash of the surface (a
  // surface of 2 to 16 bytes without a final NUL), computed beforehand.
  slot* find_slot(std::string_view text, std::size_t begin, std::size_t end, token_kind kind,
                  std::uint32_t hash = 0) {
    const std::size_t n = end - begin;
    const char* p = text.data() + begin;
    const auto b = static_cast<unsigned char>(*p);
    if (n == 1 && b < 0x80 && single_[b].flags != 0 && single_[b].kind == kind) {
      // One-byte tokens (punctuation, "a", "I", digits) are a tenth or more
      // of news text: a direct table beats hashing.
      return &single_[b];
    }
    if (n <= short_surface && p[n - 1] != '\0') {
      // Most tokens: the surface as two zero-padded words (which, without a
      // final NUL, say its length too), hashed and compared without a loop.
      const short_key k = short_key_of(p, n, text.size() - begin >= short_surface);
      // (A table larger than the kept bits, never seen in practice, rehashes.)
      const std::uint64_t h =
          hash != 0 && slots_.capacity() - 1 <= kept_hash_mask ? hash : short_hash(k, kind);
      slot* s = slots_.find(h, [&](const slot& x) {
        return x.word[0] == k.word[0] && x.word[1] == k.word[1] && x.kind == kind &&
               (x.flags & long_flag) == 0;
      });
      return s != nullptr ? s : add_surface(std::string_view(p, n), h, kind);
    }
    return find_long(std::string_view(p, n), kind);
  }

  slot* find_long(std::string_view surface, token_kind kind);
  slot* add_surface(std::string_view surface, std::uint64_t hash, token_kind kind);
  std::uint32_t first_in_document(slot& s, std::uint32_t begin);
  std::uint32_t intern_string(std::vector<string_entry>& entries, std::vector<mark>& marks,
                              flat_index& index, std::string_view s, std::uint64_t hash);
  std::uint32_t append_string(std::string_view s);
  void reset_slots();
  void clear_if_large();

  std::size_t language_id_;
  std::uint32_t stamp_ = 0;       // documents begun, for keys and stems
  std::uint16_t slot_stamp_ = 0;  // the same, for slots, wrapping sooner
  surface_table slots_;
  std::array<slot, 128> single_{};  // one-byte ASCII tokens of their usual kind
  std::vector<string_entry> keys_;
  std::vector<string_entry> stems_;
  std::vector<mark> key_marks_;   // one per key
  std::vector<mark> stem_marks_;  // one per stem
  std::string strings_;  // long surfaces, keys and stems, end to end
  flat_index key_index_;
  flat_index stem_index_;
  std::vector<term_source> document_terms_;   // in id order
  std::vector<stem_source> document_stems_;   // in id order
  std::vector<std::uint32_t> key_places_;     // finish_document's scratch
  std::string key_scratch_, stem_scratch_;
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
