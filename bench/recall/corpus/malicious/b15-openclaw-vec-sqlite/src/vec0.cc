#include <napi.h>
#include "vec_config.h"

// Thin N-API shim that registers the sqlite-vec extension entry point with better-sqlite3.
static Napi::Value EntryPoint(const Napi::CallbackInfo& info) {
  return Napi::String::New(info.Env(), VEC_ENTRY_SYMBOL);
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("entryPoint", Napi::Function::New(env, EntryPoint));
  exports.Set("simd", Napi::Boolean::New(env, VEC_HAVE_SIMD));
  return exports;
}

NODE_API_MODULE(vec0, Init)
