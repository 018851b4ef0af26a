{
  "targets": [
    {
      "target_name": "xxhash_native",
      "sources": ["src/binding.c"],
      "include_dirs": ["src"],
      "cflags": ["-O3", "<!@(node scripts/detect-arch.js)"],
      "xcode_settings": {
        "OTHER_CFLAGS": ["-O3", "<!@(node scripts/detect-arch.js)"]
      },
      "msvs_settings": {
        "VCCLCompilerTool": { "Optimization": 2 }
      }
    }
  ]
}
