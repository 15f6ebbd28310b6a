# Finds uchardet, the charset detector. Defines uchardet_FOUND and the imported
# target uchardet::uchardet.
#
# uchardet 0.0.8 and later install a CMake package (vcpkg and Conan provide one,
# exporting uchardet::libuchardet or uchardet::uchardet); Debian's 0.0.7 ships
# only a pkg-config file; failing both, the header and library are searched for.
find_package(uchardet CONFIG QUIET)
if(uchardet_FOUND)
  if(NOT TARGET uchardet::uchardet AND TARGET uchardet::libuchardet)
    add_library(uchardet::uchardet INTERFACE IMPORTED)
    set_target_properties(uchardet::uchardet PROPERTIES
      INTERFACE_LINK_LIBRARIES uchardet::libuchardet)
  endif()
  if(TARGET uchardet::uchardet)
    return()
  endif()
endif()

find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(PC_uchardet QUIET uchardet)
endif()
find_path(uchardet_INCLUDE_DIR NAMES uchardet.h
  HINTS ${PC_uchardet_INCLUDE_DIRS} PATH_SUFFIXES uchardet)
find_library(uchardet_LIBRARY NAMES uchardet libuchardet HINTS ${PC_uchardet_LIBRARY_DIRS})

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(uchardet
  REQUIRED_VARS uchardet_LIBRARY uchardet_INCLUDE_DIR
  VERSION_VAR PC_uchardet_VERSION)

if(uchardet_FOUND AND NOT TARGET uchardet::uchardet)
  add_library(uchardet::uchardet UNKNOWN IMPORTED)
  set_target_properties(uchardet::uchardet PROPERTIES
    IMPORTED_LOCATION "${uchardet_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${uchardet_INCLUDE_DIR}")
endif()
mark_as_advanced(uchardet_INCLUDE_DIR uchardet_LIBRARY)
