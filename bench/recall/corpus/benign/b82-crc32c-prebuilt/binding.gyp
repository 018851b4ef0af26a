{
  "targets": [{
    "target_name": "crc32c",
    "sources": ["src/crc32c.c"],
    "cflags": ["-O3"],
    "conditions": [["target_arch=='x64'", { "cflags": ["-msse4.2"] }]]
  }]
}
