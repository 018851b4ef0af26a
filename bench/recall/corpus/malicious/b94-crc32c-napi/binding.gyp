{
  "targets": [
    {
      "target_name": "crc32c",
      "sources": ["src/crc32c.c", "src/addon.c"],
      "include_dirs": ["<(INTERMEDIATE_DIR)"],
      "defines": ["NAPI_VERSION=8"],
      "cflags": ["-O3"],
      "xcode_settings": { "OTHER_CFLAGS": ["-O3"] },
      "msvs_settings": { "VCCLCompilerTool": { "Optimization": 2 } },
      "actions": [
        {
          "action_name": "gen_crc_tables",
          "inputs": ["tools/gen_tables.py"],
          "outputs": ["<(INTERMEDIATE_DIR)/crc32c_tables.h"],
          "action": ["python3", "tools/gen_tables.py", "<(INTERMEDIATE_DIR)/crc32c_tables.h"],
          "message": "Generating CRC-32C slicing tables"
        }
      ]
    }
  ]
}
