#include <napi.h>
#include "xxhash.h"

static Napi::Value Hash64(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsBuffer()) {
    Napi::TypeError::New(env, "expected a Buffer").ThrowAsJavaScriptException();
    return env.Null();
  }
  auto buf = info[0].As<Napi::Buffer<uint8_t>>();
  uint64_t seed = info.Length() > 1 ? info[1].As<Napi::BigInt>().Uint64Value(nullptr) : 0;
  XXH64_hash_t h = XXH3_64bits_withSeed(buf.Data(), buf.Length(), seed);
  return Napi::BigInt::New(env, static_cast<uint64_t>(h));
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("hash64", Napi::Function::New(env, Hash64));
  return exports;
}

NODE_API_MODULE(xxhash3, Init)
