{
  "targets": [
    {
      "target_name": "fastjson",
      "sources": ["src/fastjson.cc", "<(INTERMEDIATE_DIR)/char_tables.h"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")", "<(INTERMEDIATE_DIR)"],
      "defines": ["NAPI_DISABLE_CPP_EXCEPTIONS"],
      "cflags_cc": ["-O3"],
      "actions": [
        {
          "action_name": "gen_char_tables",
          "inputs": ["tools/gen_tables.py"],
          "outputs": ["<(INTERMEDIATE_DIR)/char_tables.h"],
          "action": ["python3", "tools/gen_tables.py", "<(INTERMEDIATE_DIR)/char_tables.h"]
        }
      ]
    }
  ]
}
