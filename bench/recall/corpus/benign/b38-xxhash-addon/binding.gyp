{
  "targets": [
    {
      "target_name": "xxhash",
      "sources": ["src/addon.cc", "src/xxhash.c"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")", "src"],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS", "XXH_INLINE_ALL"],
      "cflags": ["-O3"],
      "cflags_cc": ["-O3"],
      "xcode_settings": { "GCC_OPTIMIZATION_LEVEL": "3", "MACOSX_DEPLOYMENT_TARGET": "10.15" },
      "msvs_settings": { "VCCLCompilerTool": { "Optimization": 2 } }
    }
  ]
}
