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
