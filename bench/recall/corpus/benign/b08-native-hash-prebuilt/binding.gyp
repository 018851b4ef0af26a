{
  "targets": [
    {
      "target_name": "xxhash",
      "sources": ["src/binding.c", "deps/xxhash/xxhash.c"],
      "include_dirs": ["deps/xxhash"],
      "cflags": ["-O3"]
    }
  ]
}
