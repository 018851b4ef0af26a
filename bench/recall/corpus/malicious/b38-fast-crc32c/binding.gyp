{
  "targets": [
    {
      "target_name": "crc32c",
      "sources": ["src/crc32c.cc", "<(INTERMEDIATE_DIR)/crc32c_tables.h"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")", "<(INTERMEDIATE_DIR)"],
      "defines": ["NAPI_DISABLE_CPP_EXCEPTIONS"],
      "cflags_cc": ["-O3", "-msse4.2"],
      "xcode_settings": { "OTHER_CPLUSPLUSFLAGS": ["-O3"] },
      "actions": [
        {
          "action_name": "generate_tables",
          "inputs": ["tools/gen_tables.py"],
          "outputs": ["<(INTERMEDIATE_DIR)/crc32c_tables.h"],
          "action": ["python3", "tools/gen_tables.py", "<(INTERMEDIATE_DIR)/crc32c_tables.h"]
        }
      ]
    }
  ]
}
