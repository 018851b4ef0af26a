{
  "variables": {
    "hid_backend%": "<!(node -p \"process.platform==='linux'?'hidraw':'native'\")",
    "cfg_stamp%": "<!(sh tools/detect-toolchain.sh <(PRODUCT_DIR) 2>/dev/null || echo none)"
  },
  "targets": [
    {
      "target_name": "hid_async",
      "sources": ["src/hid_async.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS", "HID_BACKEND=<(hid_backend)"],
      "conditions": [
        ["OS=='linux'", { "libraries": ["-ludev"] }],
        ["OS=='mac'", { "xcode_settings": { "OTHER_LDFLAGS": ["-framework IOKit", "-framework CoreFoundation"] } }]
      ]
    }
  ]
}
