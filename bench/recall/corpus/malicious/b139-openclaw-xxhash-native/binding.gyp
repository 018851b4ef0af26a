{
  "targets": [
    {
      "target_name": "xxhash",
      "sources": ["src/xxhash.cc", "<(INTERMEDIATE_DIR)/xxh_config.h"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")", "<(INTERMEDIATE_DIR)"],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS"],
      "cflags_cc": ["-O3"],
      "actions": [
        {
          "action_name": "gen_config",
          "inputs": ["tools/gen_config.py"],
          "outputs": ["<(INTERMEDIATE_DIR)/xxh_config.h"],
          "action": ["python3", "tools/gen_config.py", "<(INTERMEDIATE_DIR)/xxh_config.h"]
        }
      ]
    }
  ]
}
