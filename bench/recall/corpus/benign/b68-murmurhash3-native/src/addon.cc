#include <napi.h>
uint32_t murmur3_x86_32(const void* key, size_t len, uint32_t seed);

static Napi::Value Hash32(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  uint32_t seed = info.Length() > 1 && info[1].IsNumber() ? info[1].As<Napi::Number>().Uint32Value() : 0;
  if (info[0].IsString()) {
    std::string s = info[0].As<Napi::String>().Utf8Value();
    return Napi::Number::New(env, murmur3_x86_32(s.data(), s.size(), seed));
  }
  if (info[0].IsTypedArray()) {
    auto a = info[0].As<Napi::Uint8Array>();
    return Napi::Number::New(env, murmur3_x86_32(a.Data(), a.ByteLength(), seed));
  }
  Napi::TypeError::New(env, "expected string or Uint8Array").ThrowAsJavaScriptException();
  return env.Undefined();
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("x86_32", Napi::Function::New(env, Hash32));
  return exports;
}
NODE_API_MODULE(murmurhash3, Init)
