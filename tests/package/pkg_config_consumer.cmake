# Builds tests/package/consumer.cpp without CMake's package, the way a
# Makefile would: with the flags `pkg-config --cflags --libs newslib` gives
# for the installed prefix, then runs it. Run with cmake -P and these variables:
#   PREFIX, LIBDIR, CXX, CXX_FLAGS, LINK_FLAGS, SOURCE, OUTPUT
find_program(PKG_CONFIG NAMES pkg-config pkgconf REQUIRED)
set(ENV{PKG_CONFIG_PATH} "${PREFIX}/${LIBDIR}/pkgconfig")
execute_process(
  COMMAND "${PKG_CONFIG}" --cflags --libs newslib
  OUTPUT_VARIABLE flags OUTPUT_STRIP_TRAILING_WHITESPACE
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "pkg-config does not find newslib in ${PREFIX}/${LIBDIR}/pkgconfig")
endif()
message(STATUS "pkg-config --cflags --libs newslib: ${flags}")
separate_arguments(flags UNIX_COMMAND "${flags}")
separate_arguments(extra_compile UNIX_COMMAND "${CXX_FLAGS}")
separate_arguments(extra_link UNIX_COMMAND "${LINK_FLAGS}")
execute_process(
  COMMAND "${CXX}" -std=c++17 ${extra_compile} "${SOURCE}" -o "${OUTPUT}" ${flags} ${extra_link}
          "-Wl,-rpath,${PREFIX}/${LIBDIR}"
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the consumer does not compile with pkg-config's flags")
endif()
execute_process(COMMAND "${OUTPUT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the pkg-config consumer failed: ${result}")
endif()
