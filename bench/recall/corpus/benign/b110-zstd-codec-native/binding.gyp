{
  "targets": [{
    "target_name": "zstd_codec",
    "sources": ["src/binding.cc", "deps/zstd/lib/zstd.c"],
    "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")", "deps/zstd/lib"],
    "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS", "ZSTD_MULTITHREAD=1"],
    "cflags": ["-O3"],
    "cflags_cc": ["-O3"]
  }]
}
