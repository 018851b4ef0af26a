{
  "targets": [{
    "target_name": "xxhash",
    "sources": ["src/binding.cc", "src/xxhash.c"],
    "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
    "defines": ["NAPI_DISABLE_CPP_EXCEPTIONS", "XXH_INLINE_ALL"],
    "cflags": ["-O3"]
  }]
}
