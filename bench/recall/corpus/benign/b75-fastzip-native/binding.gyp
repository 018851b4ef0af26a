{
  "targets": [{
    "target_name": "fastzip",
    "sources": ["src/fastzip.cc"],
    "include_dirs": ["<!@(node -p \"require('node-addon-api').include\")"],
    "defines": ["NAPI_DISABLE_CPP_EXCEPTIONS"],
    "cflags_cc": ["-O3"],
    "libraries": ["-ldeflate"]
  }]
}
