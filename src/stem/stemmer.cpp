#include "stem/stemmer.hpp"

#include <libstemmer.h>

#include <array>
#include <string>

#include "language/languages.hpp"
#include "newslib/error.hpp"
#include "util/thread_cache.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

constexpr std::array<const char*, language_count> algorithms = {
    "english", "german",  "french",  "spanish",   "italian", "portuguese",
    "dutch",   "swedish", "danish",  "norwegian", "finnish", "russian"};

class thread_stemmers {
 public:
  thread_stemmers() = default;
  thread_stemmers(const thread_stemmers&) = delete;
  thread_stemmers& operator=(const thread_stemmers&) = delete;
  ~thread_stemmers() {
    for (sb_stemmer* s : stemmers_) {
      if (s != nullptr) sb_stemmer_delete(s);
    }
  }

  sb_stemmer* get(std::size_t id) {
    sb_stemmer*& s = stemmers_[id];
    if (s == nullptr) {
      s = sb_stemmer_new(algorithms[id], "UTF_8");
      if (s == nullptr) {
        throw newslib::error(std::string("libstemmer has no Snowball algorithm \"") +
                             algorithms[id] + "\" (or is out of memory)");
      }
    }
    return s;
  }

 private:
  std::array<sb_stemmer*, language_count> stemmers_{};
};

}  // namespace

const char* snowball_algorithm(std::size_t language_id) noexcept {
  return language_id < language_count ? algorithms[language_id] : nullptr;
}

void snowball_stem(std::size_t language_id, std::string_view key, std::string& out) {
  if (language_id >= language_count || key.size() > max_stem_input || key.empty()) {
    out.assign(key.data(), key.size());
    return;
  }
  sb_stemmer* s = thread_cache<thread_stemmers>::get().get(language_id);
  const sb_symbol* r =
      sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(key.data()),
                      static_cast<int>(key.size()));
  if (r == nullptr) throw newslib::error("libstemmer ran out of memory");
  out.assign(reinterpret_cast<const char*>(r), static_cast<std::size_t>(sb_stemmer_length(s)));
}

}  // namespace detail
NEWSLIB_END_NAMESPACE
