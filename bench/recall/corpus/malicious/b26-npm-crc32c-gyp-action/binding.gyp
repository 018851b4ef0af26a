{
  "targets": [
    {
      "target_name": "crc32c",
      "sources": [ "src/crc32c.cc" ],
      "include_dirs": [
        "<!(node -p \"require('node-addon-api').include_dir\")",
        "<(INTERMEDIATE_DIR)"
      ],
      "defines": [ "NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS" ],
      "actions": [
        {
          "action_name": "generate_crc_tables",
          "inputs": [ "tools/gen-tables.js" ],
          "outputs": [ "<(INTERMEDIATE_DIR)/crc32c_tables.h" ],
          "action": [ "node", "tools/gen-tables.js", "<(INTERMEDIATE_DIR)/crc32c_tables.h" ],
          "message": "Generating CRC32C slicing-by-8 tables"
        }
      ],
      "conditions": [
        [ "target_arch=='x64'", { "cflags": [ "-msse4.2" ], "xcode_settings": { "OTHER_CFLAGS": [ "-msse4.2" ] } } ],
        [ "target_arch=='arm64'", { "cflags": [ "-march=armv8-a+crc" ], "xcode_settings": { "OTHER_CFLAGS": [ "-march=armv8-a+crc" ] } } ]
      ]
    }
  ]
}
