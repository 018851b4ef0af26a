{
  "targets": [
    {
      "target_name": "xxhash",
      "sources": ["src/addon.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")", "deps/xxhash"],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS"],
      "cflags_cc": ["-O3"],
      "xcode_settings": { "OTHER_CPLUSPLUSFLAGS": ["-O3"], "MACOSX_DEPLOYMENT_TARGET": "11.0" },
      "msvs_settings": { "VCCLCompilerTool": { "Optimization": 2 } }
    }
  ]
}
