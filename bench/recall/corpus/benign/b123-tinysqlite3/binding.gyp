{
  "includes": [ "deps/common-sqlite.gypi" ],
  "variables": {
    "sqlite%": "internal",
    "sqlite_libname%": "sqlite3"
  },
  "targets": [
    {
      "target_name": "tinysqlite3",
      "cflags!": [ "-fno-exceptions" ],
      "cflags_cc!": [ "-fno-exceptions" ],
      "include_dirs": [ "<!(node -p \"require('node-addon-api').include_dir\")" ],
      "defines": [ "NAPI_VERSION=<(napi_build_version)", "NAPI_DISABLE_CPP_EXCEPTIONS=1" ],
      "conditions": [
        ["sqlite != 'internal'", {
          "include_dirs": [ "<(sqlite)/include" ],
          "libraries": [ "-l<(sqlite_libname)" ],
          "conditions": [ ["OS=='linux'", { "libraries+": [ "-Wl,-rpath=<@(sqlite)/lib" ] }] ]
        }, {
          "dependencies": [ "deps/sqlite3.gyp:sqlite3" ]
        }]
      ],
      "sources": [ "src/database.cc", "src/statement.cc", "src/node_sqlite3.cc" ]
    }
  ]
}
