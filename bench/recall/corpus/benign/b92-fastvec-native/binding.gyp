{
  "targets": [{
    "target_name": "fastvec",
    "sources": ["src/fastvec.cc"],
    "cflags_cc": ["-O3", "-march=native", "-std=c++17"],
    "defines": ["NAPI_VERSION=8"]
  }]
}
