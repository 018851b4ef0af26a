{
  "variables": {
    "NODE_VERSION%": "<!(node -p \"process.versions.node.split('.')[0]\")",
    "napi_build_version%": "<!(node -p \"require('./scripts/napi-abi.js')\")"
  },
  "targets": [
    {
      "target_name": "bcrypt_lib",
      "sources": [
        "src/blowfish.cc",
        "src/bcrypt.cc",
        "src/bcrypt_node.cc"
      ],
      "defines": [
        "NAPI_VERSION=<(napi_build_version)",
        "NAPI_DISABLE_CPP_EXCEPTIONS"
      ],
      "cflags!": [ "-fno-exceptions" ],
      "cflags_cc!": [ "-fno-exceptions" ],
      "include_dirs": [
        "<!(node -p \"require('node-addon-api').include_dir\")"
      ],
      "conditions": [
        ["OS=='win'", { "defines": [ "uint=unsigned int" ] }],
        ["OS=='mac'", { "cflags+": [ "-fvisibility=hidden" ], "xcode_settings": { "GCC_SYMBOLS_PRIVATE_EXTERN": "YES" } }]
      ]
    }
  ]
}
