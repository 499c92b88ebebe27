# Turns a UTF-8 text file into a C++ header holding it as a string_view, so
# data kept in assets/ is compiled into the binary (no file lookup at run
# time). Run at build time through add_custom_command:
#   cmake -DINPUT=file -DOUTPUT=header -DNAME=kSymbol -P embed_text.cmake
# The text goes into a raw string literal; the delimiter must not occur in it.
if(NOT INPUT OR NOT OUTPUT OR NOT NAME)
  message(FATAL_ERROR "embed_text.cmake needs INPUT, OUTPUT and NAME")
endif()
file(READ "${INPUT}" text)
set(delimiter "innspill_embed")
string(FIND "${text}" ")${delimiter}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )${delimiter}\"")
endif()
get_filename_component(source_name "${INPUT}" NAME)
set(header "// Generated from ${source_name} by cmake/embed_text.cmake; do not edit.\n")
string(APPEND header "#pragma once\n\n#include <string_view>\n\n")
string(APPEND header "inline constexpr std::string_view ${NAME} = R\"${delimiter}(${text})${delimiter}\";\n")
# Only rewrite on change, so dependants are not rebuilt for nothing.
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" previous)
  if(previous STREQUAL header)
    return()
  endif()
endif()
file(WRITE "${OUTPUT}" "${header}")
