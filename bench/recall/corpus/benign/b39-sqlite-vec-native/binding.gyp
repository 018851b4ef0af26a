{
  "targets": [
    {
      "target_name": "vecnative",
      "sources": ["src/binding.cc", "src/kernels.cc"],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS"],
      "cflags_cc": ["-O3", "-std=c++17"],
      "conditions": [
        ["target_arch=='x64'", { "cflags_cc": ["-mavx2", "-mfma"] }],
        ["OS=='mac'", { "xcode_settings": { "OTHER_CPLUSPLUSFLAGS": ["-O3", "-std=c++17"], "MACOSX_DEPLOYMENT_TARGET": "11.0" } }],
        ["OS=='win'", { "msvs_settings": { "VCCLCompilerTool": { "AdditionalOptions": ["/O2", "/std:c++17"] } } }]
      ]
    }
  ]
}
