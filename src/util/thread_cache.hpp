// Per-thread caches: the one way newslib keeps memory on a thread between
// calls. The policy every cache follows (docs/architecture.md):
//   - it holds scratch buffers or memos of immutable data (lexicons, stemmers,
//     the last splitter), never a result: dropping it changes no output;
//   - no pointer into it outlives the public call that used it, so
//     newslib::release_thread_caches() may drop it between calls;
//   - buffers that a huge document grew past scratch_keep_bytes are given
//     back after use (summarize/scratch.hpp), so a thread keeps news-sized
//     memory without being asked.
#pragma once

#include "newslib/config.hpp"
#include <optional>

NEWSLIB_BEGIN_NAMESPACE
namespace detail {

/// Adds `release` to the calling thread's list of caches to drop in
/// newslib::release_thread_caches().
void register_thread_cache(void (*release)() noexcept);

/// The calling thread's instance of `T`, made on first use (and again after
/// release_thread_caches() dropped it). `T` must be a type of its own, named
/// for the cache, so that two caches never share an instance.
template <class T>
class thread_cache {
 public:
  static T& get() {
    holder& h = instance();
    if (!h.value) {
      h.value.emplace();
      if (!h.registered) {
        register_thread_cache(&release);
        h.registered = true;
      }
    }
    return *h.value;
  }

 private:
  struct holder {
    std::optional<T> value;
    bool registered = false;
  };

  static holder& instance() {
    thread_local holder h;
    return h;
  }

  static void release() noexcept { instance().value.reset(); }
};

}  // namespace detail
NEWSLIB_END_NAMESPACE
