{
  "targets": [{
    "target_name": "pixmill",
    "sources": [ "pixmill.cc", "pipeline.cc", "metadata.cc" ],
    "include_dirs": [ "<!(node -p \"require('node-addon-api').include_dir\")" ],
    "defines": [ "NAPI_VERSION=9", "NAPI_CPP_EXCEPTIONS" ],
    "cflags_cc": [ "-std=c++17", "-fexceptions", "<!@(PKG_CONFIG_PATH=\"$(node -p \"require('../lib/libvips').pkgConfigPath()\")\" pkg-config --cflags vips-cpp)" ],
    "libraries": [ "<!@(PKG_CONFIG_PATH=\"$(node -p \"require('../lib/libvips').pkgConfigPath()\")\" pkg-config --libs vips-cpp)" ]
  }]
}
