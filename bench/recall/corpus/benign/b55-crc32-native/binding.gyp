{
  "targets": [
    {
      "target_name": "crc32",
      "sources": ["src/crc32.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS"],
      "cflags_cc": ["-O3"],
      "conditions": [
        ["target_arch=='x64'", { "cflags_cc": ["-msse4.2"], "xcode_settings": { "OTHER_CPLUSPLUSFLAGS": ["-msse4.2"] } }],
        ["target_arch=='arm64' and OS!='mac'", { "cflags_cc": ["-march=armv8-a+crc"] }],
        ["OS=='win'", { "msvs_settings": { "VCCLCompilerTool": { "Optimization": 2 } } }]
      ]
    }
  ]
}
