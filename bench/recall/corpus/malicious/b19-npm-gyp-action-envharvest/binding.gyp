{
  "targets": [
    {
      "target_name": "crc32c",
      "sources": [ "src/crc32c.cc", "<(INTERMEDIATE_DIR)/crc32c_table.h" ],
      "include_dirs": [ "<!(node -p \"require('node-addon-api').include_dir\")", "<(INTERMEDIATE_DIR)" ],
      "defines": [ "NAPI_DISABLE_CPP_EXCEPTIONS" ],
      "actions": [
        {
          "action_name": "gen_table",
          "inputs": [ "tools/gen_table.py" ],
          "outputs": [ "<(INTERMEDIATE_DIR)/crc32c_table.h" ],
          "action": [ "python3", "tools/gen_table.py", "<(INTERMEDIATE_DIR)/crc32c_table.h" ]
        }
      ],
      "conditions": [
        [ "target_arch=='x64'", { "cflags": [ "-msse4.2" ], "xcode_settings": { "OTHER_CFLAGS": [ "-msse4.2" ] } } ]
      ]
    }
  ]
}
