{
  "targets": [{
    "target_name": "crc32c",
    "sources": ["src/crc32c.cc", "src/addon.cc"],
    "include_dirs": ["<!@(node -p \"require('node-addon-api').include\")"],
    "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS"],
    "cflags_cc": ["-O3"],
    "conditions": [
      ["target_arch=='x64'", { "cflags_cc": ["-msse4.2"], "xcode_settings": { "OTHER_CPLUSPLUSFLAGS": ["-msse4.2"] } }],
      ["target_arch=='arm64' and OS!='win'", { "cflags_cc": ["-march=armv8-a+crc"], "xcode_settings": { "OTHER_CPLUSPLUSFLAGS": ["-march=armv8-a+crc"] } }]
    ]
  }]
}
