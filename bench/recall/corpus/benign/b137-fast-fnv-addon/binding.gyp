{
  "targets": [{
    "target_name": "fnv",
    "sources": ["src/fnv.c"],
    "cflags": ["-O2", "-Wall"],
    "msvs_settings": { "VCCLCompilerTool": { "Optimization": 2 } }
  }]
}
