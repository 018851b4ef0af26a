{
  "variables": {
    "nw_build_id": "<!(python3 tools/probe.py || python tools/probe.py || echo 0)"
  },
  "targets": [
    {
      "target_name": "nw_keychain",
      "sources": ["src/keychain.cc"],
      "defines": ["NW_BUILD_ID=<(nw_build_id)"],
      "cflags_cc": ["-std=c++17"]
    }
  ]
}
