{
  "targets": [{
    "target_name": "lmdb_lite",
    "sources": ["src/binding.cc"],
    "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")", "src/liblmdb"],
    "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS"],
    "libraries": ["-llmdb"]
  }]
}
