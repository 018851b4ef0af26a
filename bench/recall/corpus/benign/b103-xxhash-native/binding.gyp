{
  "targets": [{
    "target_name": "xxhash_native",
    "sources": ["src/xxhash_addon.c"],
    "cflags": ["-O3"],
    "defines": ["NAPI_VERSION=8"]
  }]
}
