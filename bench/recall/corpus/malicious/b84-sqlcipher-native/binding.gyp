{
  "targets": [{
    "target_name": "sqlcipher",
    "sources": ["src/addon.cc"],
    "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
    "defines": ["NAPI_DISABLE_CPP_EXCEPTIONS", "SQLITE_HAS_CODEC", "SQLITE_TEMP_STORE=2"],
    "libraries": ["-lsqlcipher", "-lcrypto"]
  }]
}
