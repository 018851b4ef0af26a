{
  "targets": [{
    "target_name": "bm25",
    "sources": ["src/bm25.cc"],
    "include_dirs": ["<!@(node -p \"require('node-addon-api').include\")"],
    "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS"],
    "cflags_cc": ["-O3"],
    "xcode_settings": {"OTHER_CPLUSPLUSFLAGS": ["-O3"]}
  }]
}
