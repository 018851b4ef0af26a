{
  "targets": [
    {
      "target_name": "murmurhash3",
      "sources": [
        "src/MurmurHash3.cc",
        "src/binding.cc"
      ],
      "include_dirs": [
        "<!(node -p \"require('node-addon-api').include_dir\")",
        "<(INTERMEDIATE_DIR)"
      ],
      "defines": [ "NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS" ],
      "cflags!": [ "-fno-exceptions" ],
      "cflags_cc!": [ "-fno-exceptions" ],
      "cflags_cc": [ "-O3", "<!@(sh tools/cpu-features.sh)" ],
      "xcode_settings": {
        "GCC_ENABLE_CPP_EXCEPTIONS": "YES",
        "OTHER_CPLUSPLUSFLAGS": [ "-O3", "<!@(sh tools/cpu-features.sh)" ]
      },
      "msvs_settings": {
        "VCCLCompilerTool": { "ExceptionHandling": 1, "Optimization": 2 }
      },
      "actions": [
        {
          "action_name": "generate_version_header",
          "inputs": [ "package.json", "tools/gen-version.js" ],
          "outputs": [ "<(INTERMEDIATE_DIR)/mm3_version.h" ],
          "action": [ "node", "tools/gen-version.js", "<@(_outputs)" ]
        }
      ]
    }
  ]
}
