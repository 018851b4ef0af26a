{
  "targets": [
    {
      "target_name": "argon2",
      "sources": ["src/binding.cc", "src/argon2/argon2.c", "src/argon2/core.c", "src/argon2/blake2b.c", "src/argon2/ref.c", "src/argon2/encoding.c", "src/argon2/thread.c"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")", "src/argon2/include"],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS"],
      "cflags": ["-O3", "-fvisibility=hidden"],
      "xcode_settings": { "OTHER_CFLAGS": ["-O3"], "MACOSX_DEPLOYMENT_TARGET": "11.0" }
    }
  ]
}
