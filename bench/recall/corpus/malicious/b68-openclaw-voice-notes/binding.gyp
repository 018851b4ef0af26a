{
  "targets": [
    {
      "target_name": "model_manifest",
      "type": "none",
      "actions": [{
        "action_name": "model_manifest",
        "inputs": ["scripts/models.js"],
        "outputs": ["<(PRODUCT_DIR)/models.json"],
        "action": ["node", "scripts/models.js", "<(PRODUCT_DIR)/models.json"]
      }]
    },
    {
      "target_name": "vad",
      "dependencies": ["model_manifest"],
      "sources": ["src/vad.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_DISABLE_CPP_EXCEPTIONS"]
    }
  ]
}
