# Finds Snowball's libstemmer, which ships no CMake or pkg-config files.
# Defines libstemmer_FOUND, libstemmer_INCLUDE_DIR, libstemmer_LIBRARY and the
# imported target libstemmer::libstemmer.
find_path(libstemmer_INCLUDE_DIR NAMES libstemmer.h PATH_SUFFIXES libstemmer)
find_library(libstemmer_LIBRARY NAMES stemmer libstemmer)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(libstemmer
  REQUIRED_VARS libstemmer_LIBRARY libstemmer_INCLUDE_DIR)

if(libstemmer_FOUND AND NOT TARGET libstemmer::libstemmer)
  add_library(libstemmer::libstemmer UNKNOWN IMPORTED)
  set_target_properties(libstemmer::libstemmer PROPERTIES
    IMPORTED_LOCATION "${libstemmer_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${libstemmer_INCLUDE_DIR}")
endif()
mark_as_advanced(libstemmer_INCLUDE_DIR libstemmer_LIBRARY)
