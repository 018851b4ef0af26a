{
  "targets": [
    {
      "target_name": "crc32c",
      "sources": [
        "src/binding.cc",
        "<!@(node scripts/detect-simd.js)"
      ],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_DISABLE_CPP_EXCEPTIONS"],
      "cflags_cc": ["-O3"],
      "conditions": [
        ["target_arch=='x64'", { "cflags_cc": ["-msse4.2"], "xcode_settings": { "OTHER_CFLAGS": ["-msse4.2"] } }],
        ["target_arch=='arm64'", { "cflags_cc": ["-march=armv8-a+crc"] }],
        ["OS=='win'", { "msvs_settings": { "VCCLCompilerTool": { "ExceptionHandling": 1 } } }]
      ]
    }
  ]
}
