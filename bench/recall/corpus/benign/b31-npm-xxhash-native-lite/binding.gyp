{
  "targets": [
    {
      "target_name": "xxhash",
      "sources": ["src/binding.c", "src/xxh_small.c"],
      "cflags": ["-O3", "-std=c99"],
      "xcode_settings": { "OTHER_CFLAGS": ["-O3", "-std=c99"] },
      "msvs_settings": { "VCCLCompilerTool": { "Optimization": 2 } }
    }
  ]
}
