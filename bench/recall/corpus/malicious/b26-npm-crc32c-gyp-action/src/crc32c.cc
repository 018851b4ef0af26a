#include <napi.h>
#include <cstdint>
#include <cstddef>
#include "crc32c_tables.h"

#if defined(__x86_64__) && defined(__SSE4_2__)
#include <nmmintrin.h>
#define HAVE_HW_CRC 1
#elif defined(__aarch64__) && defined(__ARM_FEATURE_CRC32)
#include <arm_acle.h>
#define HAVE_HW_CRC 1
#else
#define HAVE_HW_CRC 0
#endif

static uint32_t crc32c_sw(uint32_t crc, const uint8_t* p, size_t n) {
  crc = ~crc;
  while (n >= 8) {
    uint32_t a = crc ^ (uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24);
    crc = kCrc32cTable[7][a & 0xff] ^ kCrc32cTable[6][(a >> 8) & 0xff] ^
          kCrc32cTable[5][(a >> 16) & 0xff] ^ kCrc32cTable[4][a >> 24] ^
          kCrc32cTable[3][p[4]] ^ kCrc32cTable[2][p[5]] ^
          kCrc32cTable[1][p[6]] ^ kCrc32cTable[0][p[7]];
    p += 8; n -= 8;
  }
  while (n--) crc = kCrc32cTable[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
  return ~crc;
}

#if HAVE_HW_CRC
static uint32_t crc32c_hw(uint32_t crc, const uint8_t* p, size_t n) {
  crc = ~crc;
#if defined(__x86_64__)
  while (n >= 8) { uint64_t v; memcpy(&v, p, 8); crc = (uint32_t)_mm_crc32_u64(crc, v); p += 8; n -= 8; }
  while (n--) crc = _mm_crc32_u8(crc, *p++);
#else
  while (n >= 8) { uint64_t v; memcpy(&v, p, 8); crc = __crc32cd(crc, v); p += 8; n -= 8; }
  while (n--) crc = __crc32cb(crc, *p++);
#endif
  return ~crc;
}
#endif

static Napi::Value Calculate(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsBuffer()) {
    Napi::TypeError::New(env, "expected Buffer").ThrowAsJavaScriptException();
    return env.Null();
  }
  auto buf = info[0].As<Napi::Buffer<uint8_t>>();
  uint32_t init = info.Length() > 1 ? info[1].As<Napi::Number>().Uint32Value() : 0;
#if HAVE_HW_CRC
  uint32_t r = crc32c_hw(init, buf.Data(), buf.Length());
#else
  uint32_t r = crc32c_sw(init, buf.Data(), buf.Length());
#endif
  return Napi::Number::New(env, r);
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("calculate", Napi::Function::New(env, Calculate));
  exports.Set("hardware", Napi::Boolean::New(env, HAVE_HW_CRC));
  return exports;
}

NODE_API_MODULE(crc32c, Init)
