# Finds what the library itself needs. Test, benchmark, CLI and Python
# dependencies are found in their own folders, only when those are built.
#
# Everything is looked for first and reported together: someone building the
# sdist (pip install newslib-*.tar.gz) on a bare machine learns in one message
# which system packages are missing and how to install them, before anything
# compiles.
find_package(Boost 1.74 CONFIG QUIET COMPONENTS locale)
find_package(ICU 60 QUIET COMPONENTS uc data)
find_package(libstemmer QUIET)
# uchardet guesses the charset of bytes that carry no declaration.
find_package(uchardet QUIET)
if(TARGET uchardet::libuchardet AND NOT TARGET uchardet::uchardet)
  # uchardet's own CMake package names its target uchardet::libuchardet.
  add_library(uchardet::uchardet INTERFACE IMPORTED)
  set_target_properties(uchardet::uchardet PROPERTIES INTERFACE_LINK_LIBRARIES uchardet::libuchardet)
endif()
# Eigen (header-only) does the SVD of the LSA summariser; used only in src/.
find_package(Eigen3 3.3 CONFIG QUIET)
# nlohmann_json (header-only) reads the JSON-LD of web pages; used only in src/.
if(NOT TARGET nlohmann_json::nlohmann_json)
  find_package(nlohmann_json 3.9 CONFIG QUIET)
endif()
# lexbor parses HTML for from_html. Debian does not package it:
# scripts/install-lexbor.sh builds it into <repo>/.deps, looked in here.
if(EXISTS "${PROJECT_SOURCE_DIR}/.deps")
  list(APPEND CMAKE_PREFIX_PATH "${PROJECT_SOURCE_DIR}/.deps")
endif()
find_package(lexbor CONFIG QUIET)
# Builds of lexbor name their target by linkage; Conan and vcpkg differ too.
foreach(_newslib_lexbor_target lexbor::lexbor_static lexbor::lexbor lexbor::lexbor_shared)
  if(TARGET ${_newslib_lexbor_target})
    set(NEWSLIB_LEXBOR_TARGET ${_newslib_lexbor_target})
    break()
  endif()
endforeach()

set(_newslib_missing "")
if(NOT Boost_FOUND)
  list(APPEND _newslib_missing "libboost-locale-dev (Boost.Locale >= 1.74, built with ICU)")
endif()
if(NOT ICU_FOUND)
  list(APPEND _newslib_missing "libicu-dev (ICU >= 60)")
endif()
if(NOT libstemmer_FOUND)
  list(APPEND _newslib_missing "libstemmer-dev (Snowball libstemmer)")
endif()
if(NOT uchardet_FOUND)
  list(APPEND _newslib_missing "libuchardet-dev (uchardet, the charset detector)")
endif()
if(NOT Eigen3_FOUND)
  list(APPEND _newslib_missing "libeigen3-dev (Eigen >= 3.3)")
endif()
if(NOT TARGET nlohmann_json::nlohmann_json)
  list(APPEND _newslib_missing "nlohmann-json3-dev (nlohmann_json >= 3.9)")
endif()
if(NOT NEWSLIB_LEXBOR_TARGET)
  list(APPEND _newslib_missing "lexbor >= 2.3 (not in Debian: scripts/install-lexbor.sh builds it)")
endif()
if(_newslib_missing)
  list(JOIN _newslib_missing "\n  " _newslib_missing_lines)
  message(FATAL_ERROR
    "newslib cannot be built: these system libraries are missing:\n  ${_newslib_missing_lines}\n"
    "On Debian or Ubuntu install them with\n"
    "  sudo apt-get install libboost-locale-dev libicu-dev libstemmer-dev libuchardet-dev libeigen3-dev nlohmann-json3-dev
"
    "or, from a source checkout, run scripts/install-deps.sh. Elsewhere, install the same "
    "libraries with the system's package manager (or point CMAKE_PREFIX_PATH at them). "
    "Prebuilt manylinux wheels need none of them.")
endif()
