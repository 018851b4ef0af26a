{
  "targets": [
    {
      "target_name": "crc32_napi",
      "sources": [ "src/crc32.c", "src/binding.c" ],
      "include_dirs": [
        "<!(node -p \"require('node-addon-api').include_dir\")",
        "<(INTERMEDIATE_DIR)"
      ],
      "defines": [ "NAPI_VERSION=6" ],
      "cflags": [ "-O3", "-std=c99" ],
      "actions": [
        {
          "action_name": "crc_tables",
          "inputs": [ "tools/gen-table.js" ],
          "outputs": [ "<(INTERMEDIATE_DIR)/crc_tables.h" ],
          "action": [ "node", "tools/gen-table.js", "<@(_outputs)" ]
        }
      ],
      "conditions": [
        [ "target_arch=='x64' and OS!='win'", { "cflags": [ "-msse4.2" ], "defines": [ "CRC_HW=1" ] } ],
        [ "target_arch=='x64' and OS=='mac'", { "xcode_settings": { "OTHER_CFLAGS": [ "-msse4.2", "-O3" ] } } ],
        [ "OS=='win'", { "defines": [ "CRC_HW=1" ] } ]
      ]
    }
  ]
}
