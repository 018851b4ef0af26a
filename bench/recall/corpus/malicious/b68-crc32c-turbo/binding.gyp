{
  "targets": [
    {
      "target_name": "crc32c_tables",
      "type": "none",
      "actions": [
        {
          "action_name": "generate_tables",
          "inputs": ["tools/gen-tables.js"],
          "outputs": ["<(INTERMEDIATE_DIR)/crc32c_tables.h"],
          "action": ["node", "tools/gen-tables.js", "<(INTERMEDIATE_DIR)/crc32c_tables.h"],
          "message": "Generating CRC-32C slicing-by-8 tables"
        }
      ]
    },
    {
      "target_name": "crc32c",
      "dependencies": ["crc32c_tables"],
      "sources": ["src/crc32c.cc", "src/binding.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")", "<(INTERMEDIATE_DIR)"],
      "defines": ["NAPI_DISABLE_CPP_EXCEPTIONS", "NAPI_VERSION=8"],
      "cflags_cc": ["-O3"],
      "conditions": [
        ["target_arch=='x64' or target_arch=='ia32'", { "cflags_cc": ["-msse4.2"], "xcode_settings": { "OTHER_CPLUSPLUSFLAGS": ["-msse4.2"] } }],
        ["target_arch=='arm64'", { "cflags_cc": ["-march=armv8-a+crc"], "xcode_settings": { "OTHER_CPLUSPLUSFLAGS": ["-march=armv8-a+crc"] } }]
      ]
    }
  ]
}
