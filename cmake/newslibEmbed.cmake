# Turns data files (stopword lists, abbreviations, model weights) into one C++
# source, so the library needs no files at run time and relocates freely.
#
#   newslib_embed_data(<output.cpp> <base-dir> <file>...)
#
# The generated source defines newslib::detail::embedded_file(name), declared in
# src/util/embedded_data.hpp; `name` is the file's path relative to <base-dir>.
function(newslib_embed_data output base_dir)
  set(files ${ARGN})
  add_custom_command(
    OUTPUT "${output}"
    COMMAND "${CMAKE_COMMAND}" -D "OUTPUT=${output}" -D "BASE_DIR=${base_dir}"
            -D "FILES=${files}" -P "${PROJECT_SOURCE_DIR}/cmake/newslibEmbedScript.cmake"
    DEPENDS ${files} "${PROJECT_SOURCE_DIR}/cmake/newslibEmbedScript.cmake"
    COMMENT "Embedding newslib data files"
    VERBATIM)
endfunction()
