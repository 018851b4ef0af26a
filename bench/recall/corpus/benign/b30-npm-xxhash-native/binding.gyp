{
  "targets": [
    {
      "target_name": "xxhash_native",
      "sources": ["src/binding.c", "src/xxhash.c"],
      "include_dirs": ["src"],
      "cflags": ["-O3"],
      "defines": ["NAPI_VERSION=8", "XXH_INLINE_ALL"]
    }
  ]
}
