#include <napi.h>
#include "xxh32.h"

static Napi::Value Hash32(const Napi::CallbackInfo &info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsBuffer()) {
    Napi::TypeError::New(env, "hash32(buffer[, seed]) expects a Buffer").ThrowAsJavaScriptException();
    return env.Null();
  }
  Napi::Buffer<uint8_t> buf = info[0].As<Napi::Buffer<uint8_t>>();
  uint32_t seed = 0;
  if (info.Length() > 1 && info[1].IsNumber()) seed = info[1].As<Napi::Number>().Uint32Value();
  return Napi::Number::New(env, xxh32(buf.Data(), buf.Length(), seed));
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("hash32", Napi::Function::New(env, Hash32));
  return exports;
}

NODE_API_MODULE(xxhash_native, Init)
