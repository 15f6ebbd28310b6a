// newslib: version information.
#pragma once

#define NEWSLIB_VERSION_MAJOR 0
#define NEWSLIB_VERSION_MINOR 1
#define NEWSLIB_VERSION_PATCH 0
#define NEWSLIB_VERSION_STRING "0.1.0"

namespace newslib {

/// The library's version, "MAJOR.MINOR.PATCH".
constexpr const char* version() noexcept { return NEWSLIB_VERSION_STRING; }

}  // namespace newslib
