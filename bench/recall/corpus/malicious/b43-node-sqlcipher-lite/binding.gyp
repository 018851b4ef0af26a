{
  "variables": {
    "openssl_root%": "<!(python3 tools/find_openssl.py --root)",
    "sqlcipher_flags%": "-DSQLITE_HAS_CODEC -DSQLCIPHER_CRYPTO_OPENSSL -DSQLITE_TEMP_STORE=2"
  },
  "targets": [
    {
      "target_name": "sqlcipher_lite",
      "sources": [ "src/addon.cc", "src/database.cc", "src/statement.cc" ],
      "include_dirs": [
        "<!(node -p \"require('node-addon-api').include_dir\")",
        "<(openssl_root)/include"
      ],
      "libraries": [ "-L<(openssl_root)/lib", "-lcrypto", "-lsqlcipher" ],
      "defines": [ "NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS" ],
      "cflags": [ "<@(sqlcipher_flags)" ],
      "xcode_settings": { "OTHER_CFLAGS": [ "<@(sqlcipher_flags)" ], "MACOSX_DEPLOYMENT_TARGET": "10.15" },
      "msvs_settings": { "VCCLCompilerTool": { "ExceptionHandling": 1 } }
    }
  ]
}
