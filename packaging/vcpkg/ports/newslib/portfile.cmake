# An overlay port that builds the newslib checkout it lives in
# (packaging/vcpkg/ports/newslib, four folders below the repository root).
get_filename_component(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../../../.." ABSOLUTE)
if(NOT EXISTS "${SOURCE_PATH}/include/newslib/newslib.hpp")
  message(FATAL_ERROR "newslib sources not found at ${SOURCE_PATH}")
endif()

if(VCPKG_TARGET_IS_WINDOWS)
  # Shared builds export NEWSLIB_API names only and are tested on Linux alone:
  # link it statically on Windows.
  vcpkg_check_linkage(ONLY_STATIC_LIBRARY)
endif()

vcpkg_check_features(OUT_FEATURE_OPTIONS FEATURE_OPTIONS
  FEATURES
    tool NEWSLIB_BUILD_CLI
)

vcpkg_cmake_configure(
  SOURCE_PATH "${SOURCE_PATH}"
  OPTIONS
    ${FEATURE_OPTIONS}
    -DNEWSLIB_INSTALL=ON
    -DNEWSLIB_BUILD_TESTS=OFF
    -DNEWSLIB_BUILD_BENCHMARKS=OFF
    -DNEWSLIB_BUILD_PYTHON=OFF
    -DNEWSLIB_WARNINGS_AS_ERRORS=OFF
    -DNEWSLIB_CMAKE_DIR=share/newslib
)
vcpkg_cmake_install()
vcpkg_cmake_config_fixup()
vcpkg_fixup_pkgconfig()

if("tool" IN_LIST FEATURES)
  vcpkg_copy_tools(TOOL_NAMES newslib AUTO_CLEAN)
endif()

file(REMOVE_RECURSE
  "${CURRENT_PACKAGES_DIR}/debug/include"
  "${CURRENT_PACKAGES_DIR}/debug/share")
file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
