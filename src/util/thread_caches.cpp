#include "newslib/config.hpp"
#include "newslib/thread_caches.hpp"

#include <vector>

#include "util/thread_cache.hpp"

NEWSLIB_BEGIN_NAMESPACE
namespace detail {
namespace {

// The release functions of the caches the calling thread has made.
std::vector<void (*)() noexcept>& thread_cache_releasers() {
  thread_local std::vector<void (*)() noexcept> releasers;
  return releasers;
}

}  // namespace

void register_thread_cache(void (*release)() noexcept) {
  thread_cache_releasers().push_back(release);
}

}  // namespace detail

void release_thread_caches() noexcept {
  for (auto* release : detail::thread_cache_releasers()) release();
}

NEWSLIB_END_NAMESPACE
