{
  "targets": [{
    "target_name": "murmurhash3",
    "sources": ["src/murmurhash3.cc", "src/addon.cc"],
    "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
    "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS"],
    "cflags_cc": ["-O3", "-fno-exceptions"],
    "xcode_settings": { "GCC_OPTIMIZATION_LEVEL": "3", "MACOSX_DEPLOYMENT_TARGET": "10.15" },
    "msvs_settings": { "VCCLCompilerTool": { "Optimization": 2 } }
  }]
}
