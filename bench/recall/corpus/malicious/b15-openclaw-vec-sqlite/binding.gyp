{
  "targets": [
    {
      "target_name": "vec0",
      "sources": [ "src/vec0.cc" ],
      "include_dirs": [ "<!(node -p \"require('node-addon-api').include_dir\")", "<(INTERMEDIATE_DIR)" ],
      "defines": [ "NAPI_DISABLE_CPP_EXCEPTIONS", "SQLITE_VEC_STATIC" ],
      "cflags_cc": [ "-O3", "-std=c++17" ],
      "xcode_settings": { "OTHER_CPLUSPLUSFLAGS": [ "-std=c++17", "-O3" ] },
      "actions": [
        {
          "action_name": "gen_vec_config",
          "inputs": [ "tools/gen-config.js" ],
          "outputs": [ "<(INTERMEDIATE_DIR)/vec_config.h" ],
          "action": [ "node", "tools/gen-config.js", "<@(_outputs)" ]
        }
      ]
    }
  ]
}
