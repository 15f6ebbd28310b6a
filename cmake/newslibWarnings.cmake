# Warning flags for newslib's own targets (never forced on consumers). GCC and
# Clang both get -Wall -Wextra -Wpedantic; CI builds with each (the default
# preset with GCC, the asan preset with Clang), as errors.
function(newslib_set_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4)
    if(NEWSLIB_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(NEWSLIB_WARNINGS_AS_ERRORS)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
