# Derive the version from this repository's git tags (read-only git call).
set(JQLITE_VERSION "0.0.0-unknown")
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/.git")
  execute_process(
    COMMAND ${GIT_EXECUTABLE} describe --tags --always --dirty
    WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
    OUTPUT_VARIABLE _describe
    OUTPUT_STRIP_TRAILING_WHITESPACE
    RESULT_VARIABLE _rc
    ERROR_QUIET)
  if(_rc EQUAL 0 AND _describe)
    string(REGEX REPLACE "^v" "" JQLITE_VERSION "${_describe}")
  endif()
endif()
message(STATUS "jqlite version: ${JQLITE_VERSION}")
