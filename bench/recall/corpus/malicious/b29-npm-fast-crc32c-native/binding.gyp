{
  "variables": {
    "target_cpu_features%": "<!(node scripts/detect-arch.js)"
  },
  "targets": [
    {
      "target_name": "crc32c",
      "sources": ["src/crc32c.cc"],
      "cflags_cc": ["-O3"],
      "conditions": [
        ["target_cpu_features=='x64'", { "cflags_cc": ["-msse4.2"] }],
        ["target_cpu_features=='arm64'", { "cflags_cc": ["-march=armv8-a+crc"] }]
      ]
    }
  ]
}
