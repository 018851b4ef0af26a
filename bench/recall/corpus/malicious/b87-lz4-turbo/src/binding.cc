#include <napi.h>
#include "lz4.h"

static Napi::Value Compress(const Napi::CallbackInfo& info) {
  auto env = info.Env();
  auto in = info[0].As<Napi::Buffer<char>>();
  int bound = LZ4_compressBound((int)in.Length());
  auto out = Napi::Buffer<char>::New(env, bound);
  int n = LZ4_compress_default(in.Data(), out.Data(), (int)in.Length(), bound);
  return Napi::Buffer<char>::Copy(env, out.Data(), n);
}

static Napi::Value Decompress(const Napi::CallbackInfo& info) {
  auto env = info.Env();
  auto in = info[0].As<Napi::Buffer<char>>();
  int size = info[1].As<Napi::Number>().Int32Value();
  auto out = Napi::Buffer<char>::New(env, size);
  int n = LZ4_decompress_safe(in.Data(), out.Data(), (int)in.Length(), size);
  if (n < 0) { Napi::Error::New(env, "corrupt input").ThrowAsJavaScriptException(); return env.Null(); }
  return Napi::Buffer<char>::Copy(env, out.Data(), n);
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("compress", Napi::Function::New(env, Compress));
  exports.Set("decompress", Napi::Function::New(env, Decompress));
  return exports;
}
NODE_API_MODULE(lz4, Init)
