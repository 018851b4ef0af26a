#include <napi.h>
#include "kernels.h"

using KernelFn = float (*)(const float*, const float*, size_t);

template <KernelFn F>
Napi::Value Wrap(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 2 || !info[0].IsTypedArray() || !info[1].IsTypedArray()) {
    Napi::TypeError::New(env, "expected two Float32Array").ThrowAsJavaScriptException();
    return env.Null();
  }
  auto a = info[0].As<Napi::Float32Array>();
  auto b = info[1].As<Napi::Float32Array>();
  if (a.ElementLength() != b.ElementLength()) {
    Napi::RangeError::New(env, "length mismatch").ThrowAsJavaScriptException();
    return env.Null();
  }
  return Napi::Number::New(env, F(a.Data(), b.Data(), a.ElementLength()));
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("dot", Napi::Function::New(env, Wrap<vec_dot>));
  exports.Set("l2sq", Napi::Function::New(env, Wrap<vec_l2sq>));
  exports.Set("cosine", Napi::Function::New(env, Wrap<vec_cosine>));
  return exports;
}

NODE_API_MODULE(vecnative, Init)
