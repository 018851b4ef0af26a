{
  "variables": {
    "simd_level%": "<!(sh ./scripts/detect-simd.sh)"
  },
  "targets": [
    {
      "target_name": "crc32c",
      "sources": ["src/crc32c.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_DISABLE_CPP_EXCEPTIONS", "CRC32C_SIMD=<(simd_level)"],
      "cflags_cc": ["-O3"],
      "conditions": [
        ["target_arch=='x64' and simd_level!='0'", { "cflags_cc": ["-msse4.2"] }],
        ["target_arch=='arm64' and simd_level!='0'", { "cflags_cc": ["-march=armv8-a+crc"] }]
      ]
    }
  ]
}
