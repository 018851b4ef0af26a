{
  "targets": [{
    "target_name": "xxhash3",
    "sources": ["src/addon.cc"],
    "include_dirs": ["<!@(node -p \"require('node-addon-api').include\")", "src/vendor"],
    "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS", "XXH_INLINE_ALL"],
    "cflags_cc": ["-O3"],
    "xcode_settings": { "OTHER_CPLUSPLUSFLAGS": ["-O3"] },
    "msvs_settings": { "VCCLCompilerTool": { "Optimization": 2 } }
  }]
}
