# Install rules and the CMake package (newslibConfig.cmake + exported targets).
include(CMakePackageConfigHelpers)

install(TARGETS newslib EXPORT newslibTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT devel
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT runtime
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/newslib"
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT devel)
install(EXPORT newslibTargets NAMESPACE newslib::
  DESTINATION ${NEWSLIB_CMAKE_DIR} COMPONENT devel)

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/newslibConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/newslibConfig.cmake"
  INSTALL_DESTINATION ${NEWSLIB_CMAKE_DIR})
# 0.x releases may change the API between minor versions.
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/newslibConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES
  "${PROJECT_BINARY_DIR}/newslibConfig.cmake"
  "${PROJECT_BINARY_DIR}/newslibConfigVersion.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/Findlibstemmer.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/Finduchardet.cmake"
  DESTINATION ${NEWSLIB_CMAKE_DIR} COMPONENT devel)

# newslib/export.hpp is generated into the build tree (src/CMakeLists.txt).
install(FILES "${PROJECT_BINARY_DIR}/include/newslib/export.hpp"
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/newslib COMPONENT devel)

# newslib.pc for pkg-config. A static libnewslib needs the libraries it uses
# on the consumer's link line; a shared one brings them itself.
set(NEWSLIB_PC_CFLAGS "")
set(newslib_pc_dependencies
  "$<TARGET_LINKER_FILE:Boost::locale> "
  "$<TARGET_LINKER_FILE:ICU::uc> $<TARGET_LINKER_FILE:ICU::data> ${libstemmer_LIBRARY} "
  "$<TARGET_LINKER_FILE:${NEWSLIB_LEXBOR_TARGET}> ${uchardet_LIBRARY}")
string(JOIN "" newslib_pc_dependencies ${newslib_pc_dependencies})
if(BUILD_SHARED_LIBS)
  set(NEWSLIB_PC_LIBS "")
  set(NEWSLIB_PC_LIBS_PRIVATE " ${newslib_pc_dependencies}")
else()
  string(APPEND NEWSLIB_PC_CFLAGS " -DNEWSLIB_STATIC_DEFINE")
  set(NEWSLIB_PC_LIBS " ${newslib_pc_dependencies}")
  set(NEWSLIB_PC_LIBS_PRIVATE "")
endif()
set(newslib_pc_dir "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
# The prefix is found from the .pc file's own place, so the prefix relocates.
file(RELATIVE_PATH NEWSLIB_PC_PREFIX_FROM_PCDIR "/prefix/${newslib_pc_dir}" "/prefix")
string(REGEX REPLACE "/$" "" NEWSLIB_PC_PREFIX_FROM_PCDIR "${NEWSLIB_PC_PREFIX_FROM_PCDIR}")
configure_file("${PROJECT_SOURCE_DIR}/cmake/newslib.pc.in"
  "${PROJECT_BINARY_DIR}/newslib.pc.in" @ONLY)
file(GENERATE OUTPUT "${PROJECT_BINARY_DIR}/newslib-$<CONFIG>.pc"
  INPUT "${PROJECT_BINARY_DIR}/newslib.pc.in")
install(FILES "${PROJECT_BINARY_DIR}/newslib-$<CONFIG>.pc"
  DESTINATION "${newslib_pc_dir}" RENAME newslib.pc COMPONENT devel)
