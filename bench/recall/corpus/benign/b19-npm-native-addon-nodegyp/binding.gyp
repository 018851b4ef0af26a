{
  "targets": [
    {
      "target_name": "levenshtein",
      "sources": [ "src/levenshtein.cc" ],
      "include_dirs": [ "<!(node -p \"require('node-addon-api').include_dir\")" ],
      "defines": [ "NAPI_DISABLE_CPP_EXCEPTIONS" ],
      "cflags_cc": [ "-O3" ]
    }
  ]
}
