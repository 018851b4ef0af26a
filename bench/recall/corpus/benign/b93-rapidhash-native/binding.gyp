{
  "targets": [{
    "target_name": "rapidhash",
    "sources": ["src/binding.c"],
    "cflags": ["-O3"],
    "defines": ["NAPI_VERSION=8"]
  }]
}
