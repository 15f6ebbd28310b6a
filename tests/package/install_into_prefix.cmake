# Installs a build tree into a fresh prefix and checks that the files a
# consumer needs are there. Run with cmake -P and these variables:
#   BUILD_DIR, PREFIX, CONFIG, CMAKE_DIR (relative), LIBDIR, BINDIR, WITH_CLI
file(REMOVE_RECURSE "${PREFIX}")
execute_process(
  COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" --config "${CONFIG}"
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${result}")
endif()

set(expected
  "include/newslib/newslib.hpp"
  "include/newslib/document.hpp"
  "include/newslib/config.hpp"
  "include/newslib/export.hpp"
  "${LIBDIR}/pkgconfig/newslib.pc"
  "${CMAKE_DIR}/newslibConfig.cmake"
  "${CMAKE_DIR}/newslibConfigVersion.cmake"
  "${CMAKE_DIR}/newslibTargets.cmake")
if(WITH_CLI)
  list(APPEND expected "${BINDIR}/newslib")
endif()
foreach(file IN LISTS expected)
  if(NOT EXISTS "${PREFIX}/${file}")
    message(FATAL_ERROR "missing after install: ${file}")
  endif()
endforeach()
file(GLOB libraries "${PREFIX}/${LIBDIR}/libnewslib.*")
if(NOT libraries)
  message(FATAL_ERROR "missing after install: ${LIBDIR}/libnewslib.*")
endif()
# Private headers and build-only files must stay out of the prefix.
file(GLOB_RECURSE private_headers "${PREFIX}/include/*embedded_data*" "${PREFIX}/include/*icu*")
if(private_headers)
  message(FATAL_ERROR "private files installed: ${private_headers}")
endif()
message(STATUS "newslib installed into ${PREFIX}")
