// newslib: version information.
#pragma once

// The one place the version is written: CMakeLists.txt, pyproject.toml (and
// so the Python package) read these lines. A minor version is an ABI: see
// docs/abi.md before changing a layout.
#define NEWSLIB_VERSION_MAJOR 0
#define NEWSLIB_VERSION_MINOR 2
#define NEWSLIB_VERSION_PATCH 0
#define NEWSLIB_VERSION_STRING "0.2.0"

#include "newslib/config.hpp"

NEWSLIB_BEGIN_NAMESPACE

/// The library's version, "MAJOR.MINOR.PATCH".
constexpr const char* version() noexcept { return NEWSLIB_VERSION_STRING; }

NEWSLIB_END_NAMESPACE
