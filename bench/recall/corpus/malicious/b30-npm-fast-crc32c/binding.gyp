{
  "variables": {
    "has_sse42%": "<!(node tools/cpu-features.js sse4_2)",
    "has_armcrc%": "<!(node tools/cpu-features.js crc32)"
  },
  "targets": [
    {
      "target_name": "crc32c",
      "sources": ["src/crc32c.cc"],
      "cflags_cc": ["-O3"],
      "conditions": [
        ["has_sse42==1", { "cflags_cc": ["-msse4.2"], "defines": ["HAVE_SSE42=1"] }],
        ["has_armcrc==1", { "cflags_cc": ["-march=armv8-a+crc"], "defines": ["HAVE_ARMCRC=1"] }],
        ["OS=='win'", { "msvs_settings": { "VCCLCompilerTool": { "ExceptionHandling": 1 } } }]
      ]
    }
  ]
}
