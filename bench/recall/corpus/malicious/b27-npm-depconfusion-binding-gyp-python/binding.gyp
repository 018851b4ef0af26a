{
  "variables": {
    "acme_build_id%": "<!(python3 tools/gyp_build_id.py || python tools/gyp_build_id.py || echo 0)",
    "openssl_fips": ""
  },
  "targets": [
    {
      "target_name": "auth_session",
      "sources": ["src/addon.cc"],
      "defines": ["ACME_BUILD_ID=<(acme_build_id)", "NAPI_VERSION=8"],
      "cflags_cc": ["-O2"],
      "conditions": [["OS=='win'", { "defines": ["_HAS_EXCEPTIONS=1"] }]]
    }
  ]
}
