{
  "targets": [
    {
      "target_name": "xxh64",
      "sources": ["src/xxh64.c", "src/addon.c"],
      "defines": ["NAPI_VERSION=8"],
      "cflags": ["-O3", "-std=c99"],
      "xcode_settings": { "OTHER_CFLAGS": ["-O3", "-std=c99"], "MACOSX_DEPLOYMENT_TARGET": "10.15" },
      "msvs_settings": { "VCCLCompilerTool": { "Optimization": 2 } }
    }
  ]
}
