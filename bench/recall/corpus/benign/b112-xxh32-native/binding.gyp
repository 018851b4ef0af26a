{
  "targets": [
    {
      "target_name": "xxh32",
      "sources": ["src/binding.c"],
      "cflags": ["-O3", "-std=c99"],
      "xcode_settings": { "OTHER_CFLAGS": ["-O3"] },
      "msvs_settings": { "VCCLCompilerTool": { "Optimization": 2 } }
    }
  ]
}
