#include <napi.h>
#include "murmurhash.h"

static Napi::Value X86_32(const Napi::CallbackInfo& info) {
  auto buf = info[0].As<Napi::Buffer<uint8_t>>();
  uint32_t seed = info[1].As<Napi::Number>().Uint32Value();
  return Napi::Number::New(info.Env(), MurmurHash3_x86_32(buf.Data(), (int)buf.Length(), seed));
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("x86_32", Napi::Function::New(env, X86_32));
  return exports;
}

NODE_API_MODULE(murmurhash, Init)
