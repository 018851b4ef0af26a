{
  "targets": [{
    "target_name": "fast_image_resize",
    "sources": ["src/resize.cc"],
    "cflags_cc": ["-O3", "-std=c++17"],
    "defines": ["NAPI_VERSION=8"]
  }]
}
