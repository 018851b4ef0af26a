#include <napi.h>

namespace {
Napi::Value ListDevices(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Array out = Napi::Array::New(env);
  // Enumeration is implemented per backend (hidraw / IOKit / SetupAPI).
  return out;
}
}  // namespace

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("listDevices", Napi::Function::New(env, ListDevices));
  return exports;
}

NODE_API_MODULE(hid_async, Init)
