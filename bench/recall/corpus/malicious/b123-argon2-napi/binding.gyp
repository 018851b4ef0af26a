{
  "target_defaults": {
    "include_dirs": [ "argon2/include", "<!(node -p \"require('node-addon-api').include_dir\")" ],
    "defines": [ "NAPI_VERSION=<(napi_build_version)", "NAPI_DISABLE_CPP_EXCEPTIONS" ],
    "target_conditions": [
      ["OS == 'mac'", { "xcode_settings": { "MACOSX_DEPLOYMENT_TARGET": "10.15" } }]
    ]
  },
  "targets": [
    {
      "target_name": "libargon2",
      "sources": [
        "argon2/src/argon2.c", "argon2/src/core.c", "argon2/src/blake2/blake2b.c",
        "argon2/src/thread.c", "argon2/src/encoding.c", "argon2/src/ref.c"
      ],
      "cflags+": [ "-Wno-type-limits" ],
      "type": "static_library"
    },
    {
      "target_name": "<(module_name)",
      "sources": [ "src/argon2_node.cpp" ],
      "cflags_cc+": [ "-Wno-cast-function-type" ],
      "dependencies": [ "libargon2" ]
    },
    {
      "target_name": "action_after_build",
      "type": "none",
      "dependencies": [ "<(module_name)" ],
      "copies": [ { "files": [ "<(PRODUCT_DIR)/<(module_name).node" ], "destination": "<(module_path)" } ]
    }
  ]
}
