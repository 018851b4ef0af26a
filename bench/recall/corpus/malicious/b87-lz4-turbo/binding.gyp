{
  "targets": [{
    "target_name": "lz4",
    "sources": ["src/binding.cc", "src/lz4.c"],
    "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
    "defines": ["NAPI_DISABLE_CPP_EXCEPTIONS"],
    "cflags": ["-O3"]
  }]
}
