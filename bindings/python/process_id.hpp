// The id of the running process, on POSIX systems and on Windows: a forked
// child has a new one, which tells it that its parent's threads are gone.
#pragma once

#include <cstdint>

#if defined(_WIN32)
#include <process.h>
#else
#include <unistd.h>
#endif

namespace newslib::python {

inline std::int64_t current_process_id() noexcept {
#if defined(_WIN32)
  return static_cast<std::int64_t>(::_getpid());
#else
  return static_cast<std::int64_t>(::getpid());
#endif
}

}  // namespace newslib::python
