#include <napi.h>
#include <cstdint>
#include <cstddef>

uint32_t crc32c_sw(uint32_t crc, const uint8_t* data, size_t len);
#if defined(__SSE4_2__) || defined(_M_X64)
uint32_t crc32c_hw(uint32_t crc, const uint8_t* data, size_t len);
#define CRC_IMPL crc32c_hw
#elif defined(__ARM_FEATURE_CRC32)
uint32_t crc32c_hw(uint32_t crc, const uint8_t* data, size_t len);
#define CRC_IMPL crc32c_hw
#else
#define CRC_IMPL crc32c_sw
#endif

static Napi::Value Crc32c(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsBuffer()) {
    Napi::TypeError::New(env, "buffer expected").ThrowAsJavaScriptException();
    return env.Null();
  }
  auto buf = info[0].As<Napi::Buffer<uint8_t>>();
  uint32_t initial = info.Length() > 1 ? info[1].As<Napi::Number>().Uint32Value() : 0;
  return Napi::Number::New(env, CRC_IMPL(initial, buf.Data(), buf.Length()));
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("crc32c", Napi::Function::New(env, Crc32c));
  return exports;
}

NODE_API_MODULE(crc32c, Init)
