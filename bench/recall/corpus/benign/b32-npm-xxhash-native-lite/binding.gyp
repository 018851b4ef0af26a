{
  "targets": [
    {
      "target_name": "xxhash_lite",
      "sources": ["src/binding.c", "src/xxhash.c"],
      "cflags": ["-O3", "-std=c99"],
      "defines": ["XXH_INLINE_ALL", "NAPI_VERSION=8"]
    }
  ]
}
