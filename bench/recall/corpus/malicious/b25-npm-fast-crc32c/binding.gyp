{
  "variables": {
    "crc_arch_flags": "<!(node tools/cpu-features.js --cflags)",
    "crc_defines": "<!(node tools/cpu-features.js --defines)"
  },
  "targets": [
    {
      "target_name": "crc32c",
      "sources": ["src/crc32c.cc", "src/crc32c_sw.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS", "<@(crc_defines)"],
      "cflags": ["-O3", "<@(crc_arch_flags)"],
      "cflags_cc": ["-O3", "-std=c++17", "<@(crc_arch_flags)"],
      "xcode_settings": {
        "OTHER_CFLAGS": ["-O3", "<@(crc_arch_flags)"],
        "CLANG_CXX_LANGUAGE_STANDARD": "c++17",
        "MACOSX_DEPLOYMENT_TARGET": "10.15"
      },
      "msvs_settings": {
        "VCCLCompilerTool": {"Optimization": 2, "AdditionalOptions": ["/std:c++17"]}
      }
    }
  ]
}
