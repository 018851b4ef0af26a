{
  "targets": [
    {
      "target_name": "fastdiff",
      "sources": ["src/fastdiff.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS"],
      "cflags_cc": ["-O3", "-std=c++17"],
      "xcode_settings": { "OTHER_CPLUSPLUSFLAGS": ["-O3", "-std=c++17"] },
      "msvs_settings": { "VCCLCompilerTool": { "AdditionalOptions": ["/O2", "/std:c++17"] } }
    }
  ]
}
