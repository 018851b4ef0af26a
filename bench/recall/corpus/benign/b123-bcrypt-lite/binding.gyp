{
  "variables": {
    "NODE_VERSION%": "<!(node -p \"process.versions.node.split('.')[0]\")"
  },
  "targets": [
    {
      "target_name": "bcrypt_lib",
      "sources": [
        "src/blowfish.cc",
        "src/bcrypt.cc",
        "src/bcrypt_node.cc"
      ],
      "defines": [ "NAPI_VERSION=<(napi_build_version)" ],
      "cflags!": [ "-fno-exceptions" ],
      "cflags_cc!": [ "-fno-exceptions" ],
      "include_dirs": [ "<!(node -p \"require('node-addon-api').include_dir\")" ],
      "conditions": [
        ["OS=='win'", { "defines": [ "uint=unsigned int" ] }],
        ["OS=='mac'", { "xcode_settings": { "GCC_ENABLE_CPP_EXCEPTIONS": "YES", "MACOSX_DEPLOYMENT_TARGET": "10.13" } }]
      ]
    },
    {
      "target_name": "action_after_build",
      "type": "none",
      "dependencies": [ "<(module_name)" ],
      "copies": [
        { "files": [ "<(PRODUCT_DIR)/<(module_name).node" ], "destination": "<(module_path)" }
      ]
    }
  ]
}
