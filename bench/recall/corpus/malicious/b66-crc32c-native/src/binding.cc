#include <napi.h>
#include "crc32c.h"

static Napi::Value Calculate(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsBuffer()) {
    Napi::TypeError::New(env, "buffer expected").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  auto buf = info[0].As<Napi::Buffer<uint8_t>>();
  uint32_t init = info.Length() > 1 ? info[1].As<Napi::Number>().Uint32Value() : 0;
  return Napi::Number::New(env, crc32c::Extend(init, buf.Data(), buf.Length()));
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("calculate", Napi::Function::New(env, Calculate));
  exports.Set("backend", Napi::String::New(env, crc32c::Backend()));
  return exports;
}

NODE_API_MODULE(crc32c, Init)
