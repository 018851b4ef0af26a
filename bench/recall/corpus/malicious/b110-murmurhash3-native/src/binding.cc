#include <napi.h>
#include "MurmurHash3.h"
#include "mm3_version.h"

static bool GetBytes(const Napi::CallbackInfo &info, const uint8_t **data, size_t *len, std::string &holder) {
  Napi::Env env = info.Env();
  if (info.Length() < 1) {
    Napi::TypeError::New(env, "key required").ThrowAsJavaScriptException();
    return false;
  }
  if (info[0].IsBuffer()) {
    auto buf = info[0].As<Napi::Buffer<uint8_t>>();
    *data = buf.Data();
    *len = buf.Length();
    return true;
  }
  if (info[0].IsString()) {
    holder = info[0].As<Napi::String>().Utf8Value();
    *data = reinterpret_cast<const uint8_t *>(holder.data());
    *len = holder.size();
    return true;
  }
  Napi::TypeError::New(env, "key must be a string or Buffer").ThrowAsJavaScriptException();
  return false;
}

static uint32_t GetSeed(const Napi::CallbackInfo &info) {
  if (info.Length() > 1 && info[1].IsNumber()) return info[1].As<Napi::Number>().Uint32Value();
  return 0;
}

Napi::Value Hash32(const Napi::CallbackInfo &info) {
  const uint8_t *data; size_t len; std::string holder;
  if (!GetBytes(info, &data, &len, holder)) return info.Env().Undefined();
  uint32_t out;
  MurmurHash3_x86_32(data, (int)len, GetSeed(info), &out);
  return Napi::Number::New(info.Env(), out);
}

Napi::Value Hash128x86(const Napi::CallbackInfo &info) {
  const uint8_t *data; size_t len; std::string holder;
  if (!GetBytes(info, &data, &len, holder)) return info.Env().Undefined();
  uint8_t out[16];
  MurmurHash3_x86_128(data, (int)len, GetSeed(info), out);
  return Napi::Buffer<uint8_t>::Copy(info.Env(), out, 16);
}

Napi::Value Hash128x64(const Napi::CallbackInfo &info) {
  const uint8_t *data; size_t len; std::string holder;
  if (!GetBytes(info, &data, &len, holder)) return info.Env().Undefined();
  uint8_t out[16];
  MurmurHash3_x64_128(data, (int)len, GetSeed(info), out);
  return Napi::Buffer<uint8_t>::Copy(info.Env(), out, 16);
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("x86_32", Napi::Function::New(env, Hash32));
  exports.Set("x86_128", Napi::Function::New(env, Hash128x86));
  exports.Set("x64_128", Napi::Function::New(env, Hash128x64));
  exports.Set("version", Napi::String::New(env, MM3_VERSION_STRING));
  return exports;
}

NODE_API_MODULE(murmurhash3, Init)
