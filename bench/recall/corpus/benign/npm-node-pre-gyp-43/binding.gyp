{ "targets": [ { "target_name": "node_sqlite3", "sources": [ "src/database.cc" ] } ] }
