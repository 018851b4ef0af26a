{
  "targets": [{
    "target_name": "vips_thumbnail",
    "sources": ["src/vips_thumbnail.cc"],
    "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
    "cflags_cc": ["<!@(pkg-config --cflags vips-cpp)"],
    "libraries": ["<!@(pkg-config --libs vips-cpp)"],
    "defines": ["NAPI_VERSION=8"],
    "cflags_cc!": ["-fno-exceptions"],
    "xcode_settings": { "GCC_ENABLE_CPP_EXCEPTIONS": "YES" }
  }]
}
