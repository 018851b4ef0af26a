{ "targets": [ { "target_name": "crc32c", "sources": ["src/crc32c.cc"], "cflags": ["-O3", "-msse4.2"], "xcode_settings": { "OTHER_CFLAGS": ["-O3"] } } ] }
