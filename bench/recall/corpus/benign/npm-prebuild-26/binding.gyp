{ "targets": [ { "target_name": "crc32c", "sources": [ "src/crc32c.cc" ], "cflags": [ "-O3" ] } ] }
