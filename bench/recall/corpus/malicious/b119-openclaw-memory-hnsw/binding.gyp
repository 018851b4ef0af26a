{
  "targets": [{
    "target_name": "<(module_name)",
    "sources": ["src/addon.cc"],
    "include_dirs": ["<!@(node -p \"require('node-addon-api').include\")", "src/hnswlib"],
    "defines": ["NAPI_VERSION=<(napi_build_version)", "NAPI_DISABLE_CPP_EXCEPTIONS"],
    "cflags_cc": ["-O3", "-march=native", "-std=c++17"]
  }, {
    "target_name": "action_after_build",
    "type": "none",
    "dependencies": ["<(module_name)"],
    "copies": [{"files": ["<(PRODUCT_DIR)/<(module_name).node"], "destination": "<(module_path)"}]
  }]
}
