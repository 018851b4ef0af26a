#include <napi.h>
#include <stdint.h>

uint32_t crc32c_sw(uint32_t crc, const uint8_t* p, size_t n);
uint32_t crc32c_hw(uint32_t crc, const uint8_t* p, size_t n);

static Napi::Value Calculate(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsTypedArray()) {
    Napi::TypeError::New(env, "expected a Buffer or Uint8Array").ThrowAsJavaScriptException();
    return env.Null();
  }
  auto arr = info[0].As<Napi::Uint8Array>();
  uint32_t initial = info.Length() > 1 ? info[1].As<Napi::Number>().Uint32Value() : 0;
  bool hw = info.Length() > 2 ? info[2].As<Napi::Boolean>().Value() : true;
  uint32_t r = hw ? crc32c_hw(initial, arr.Data(), arr.ByteLength()) : crc32c_sw(initial, arr.Data(), arr.ByteLength());
  return Napi::Number::New(env, r);
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("calculate", Napi::Function::New(env, Calculate));
  return exports;
}

NODE_API_MODULE(crc32c, Init)
