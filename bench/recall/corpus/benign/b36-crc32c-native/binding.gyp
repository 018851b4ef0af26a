{
  "targets": [
    {
      "target_name": "crc32c",
      "sources": ["src/crc32c.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS"],
      "conditions": [
        ["target_arch=='x64'", { "cflags": ["-msse4.2"], "xcode_settings": { "OTHER_CFLAGS": ["-msse4.2"] }, "msvs_settings": { "VCCLCompilerTool": { "EnableEnhancedInstructionSet": "2" } } }],
        ["target_arch=='arm64'", { "cflags": ["-march=armv8-a+crc"], "xcode_settings": { "OTHER_CFLAGS": ["-march=armv8-a+crc"] } }]
      ]
    }
  ]
}
