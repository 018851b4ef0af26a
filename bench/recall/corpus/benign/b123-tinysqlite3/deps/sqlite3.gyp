{
  "includes": [ "common-sqlite.gypi" ],
  "targets": [
    {
      "target_name": "action_before_build",
      "type": "none",
      "hard_dependency": 1,
      "actions": [
        {
          "action_name": "unpack_sqlite_dep",
          "inputs": [ "./sqlite-autoconf-<@(sqlite_version).tar.gz" ],
          "outputs": [ "<(SHARED_INTERMEDIATE_DIR)/sqlite-autoconf-<@(sqlite_version)/sqlite3.c" ],
          "action": [ "<!(node -p \"process.env.npm_config_python || 'python3'\")", "./extract.py",
                      "./sqlite-autoconf-<@(sqlite_version).tar.gz", "<(SHARED_INTERMEDIATE_DIR)" ]
        }
      ]
    },
    {
      "target_name": "sqlite3",
      "type": "static_library",
      "dependencies": [ "action_before_build" ],
      "include_dirs": [ "<(SHARED_INTERMEDIATE_DIR)/sqlite-autoconf-<@(sqlite_version)/" ],
      "direct_dependent_settings": {
        "include_dirs": [ "<(SHARED_INTERMEDIATE_DIR)/sqlite-autoconf-<@(sqlite_version)/" ]
      },
      "sources": [ "<(SHARED_INTERMEDIATE_DIR)/sqlite-autoconf-<@(sqlite_version)/sqlite3.c" ],
      "defines": [
        "_REENTRANT=1", "SQLITE_THREADSAFE=1", "HAVE_USLEEP=1",
        "SQLITE_ENABLE_FTS5", "SQLITE_ENABLE_JSON1", "SQLITE_ENABLE_RTREE",
        "SQLITE_DEFAULT_FOREIGN_KEYS=1"
      ]
    }
  ]
}
