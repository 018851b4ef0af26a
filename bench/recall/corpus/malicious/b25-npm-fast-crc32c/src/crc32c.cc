#include <napi.h>
#include <cstdint>
#include <cstddef>

#if defined(CRC32C_HAVE_SSE42)
#include <nmmintrin.h>
#elif defined(CRC32C_HAVE_ARM64_CRC)
#include <arm_acle.h>
#endif

uint32_t crc32c_sw(uint32_t crc, const uint8_t* data, size_t len);

static uint32_t crc32c_hw(uint32_t crc, const uint8_t* p, size_t n) {
#if defined(CRC32C_HAVE_SSE42)
  crc = ~crc;
  while (n >= 8) {
    uint64_t v;
    memcpy(&v, p, 8);
    crc = static_cast<uint32_t>(_mm_crc32_u64(crc, v));
    p += 8; n -= 8;
  }
  while (n--) crc = _mm_crc32_u8(crc, *p++);
  return ~crc;
#elif defined(CRC32C_HAVE_ARM64_CRC)
  crc = ~crc;
  while (n >= 8) {
    uint64_t v;
    memcpy(&v, p, 8);
    crc = __crc32cd(crc, v);
    p += 8; n -= 8;
  }
  while (n--) crc = __crc32cb(crc, *p++);
  return ~crc;
#else
  return crc32c_sw(crc, p, n);
#endif
}

static Napi::Value Calculate(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsBuffer()) {
    Napi::TypeError::New(env, "buffer expected").ThrowAsJavaScriptException();
    return env.Null();
  }
  auto buf = info[0].As<Napi::Buffer<uint8_t>>();
  uint32_t init = info.Length() > 1 ? info[1].As<Napi::Number>().Uint32Value() : 0;
  return Napi::Number::New(env, crc32c_hw(init, buf.Data(), buf.Length()));
}

static Napi::Value Hardware(const Napi::CallbackInfo& info) {
#if defined(CRC32C_HAVE_SSE42) || defined(CRC32C_HAVE_ARM64_CRC)
  return Napi::Boolean::New(info.Env(), true);
#else
  return Napi::Boolean::New(info.Env(), false);
#endif
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("calculate", Napi::Function::New(env, Calculate));
  exports.Set("hardware", Napi::Function::New(env, Hardware));
  return exports;
}

NODE_API_MODULE(crc32c, Init)
