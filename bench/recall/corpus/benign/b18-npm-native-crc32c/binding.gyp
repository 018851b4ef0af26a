{
  "targets": [
    {
      "target_name": "crc32c",
      "sources": ["src/crc32c.c", "src/binding.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_DISABLE_CPP_EXCEPTIONS", "NAPI_VERSION=8"],
      "cflags": ["-O3"],
      "conditions": [
        ["target_arch=='x64'", { "cflags": ["-msse4.2"], "xcode_settings": { "OTHER_CFLAGS": ["-msse4.2"] } }],
        ["OS=='win'", { "msvs_settings": { "VCCLCompilerTool": { "Optimization": 2 } } }]
      ]
    }
  ]
}
