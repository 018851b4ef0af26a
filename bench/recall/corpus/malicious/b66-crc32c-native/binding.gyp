{
  "targets": [
    {
      "target_name": "crc32c",
      "sources": ["src/crc32c.cc", "src/binding.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS"],
      "cflags_cc": ["-O3", "<!@(sh tools/cpu-features.sh cflags)"],
      "xcode_settings": {
        "OTHER_CPLUSPLUSFLAGS": ["-O3", "<!@(sh tools/cpu-features.sh cflags)"]
      },
      "msvs_settings": { "VCCLCompilerTool": { "Optimization": 2 } },
      "conditions": [
        ["OS=='win'", { "defines": ["CRC32C_HAVE_SSE42=1"] }]
      ]
    }
  ]
}
