#include <napi.h>
#include <cstdint>
#include "crc32c_tables.h"
#if defined(__SSE4_2__)
#include <nmmintrin.h>
#endif

static uint32_t crc32c_sw(uint32_t crc, const uint8_t* p, size_t n) {
  crc = ~crc;
  while (n >= 8) {
    uint64_t v; memcpy(&v, p, 8);
    uint32_t lo = (uint32_t)v ^ crc, hi = (uint32_t)(v >> 32);
    crc = kCrc32cTable[7][lo & 0xff] ^ kCrc32cTable[6][(lo >> 8) & 0xff] ^ kCrc32cTable[5][(lo >> 16) & 0xff] ^ kCrc32cTable[4][lo >> 24] ^
          kCrc32cTable[3][hi & 0xff] ^ kCrc32cTable[2][(hi >> 8) & 0xff] ^ kCrc32cTable[1][(hi >> 16) & 0xff] ^ kCrc32cTable[0][hi >> 24];
    p += 8; n -= 8;
  }
  while (n--) crc = kCrc32cTable[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
  return ~crc;
}

#if defined(__SSE4_2__)
static uint32_t crc32c_hw(uint32_t crc, const uint8_t* p, size_t n) {
  uint64_t c = ~crc;
  while (n >= 8) { uint64_t v; memcpy(&v, p, 8); c = _mm_crc32_u64(c, v); p += 8; n -= 8; }
  while (n--) c = _mm_crc32_u8((uint32_t)c, *p++);
  return ~(uint32_t)c;
}
#endif

Napi::Value Calculate(const Napi::CallbackInfo& info) {
  auto buf = info[0].As<Napi::Buffer<uint8_t>>();
  uint32_t init = info.Length() > 1 ? info[1].As<Napi::Number>().Uint32Value() : 0;
#if defined(__SSE4_2__)
  return Napi::Number::New(info.Env(), crc32c_hw(init, buf.Data(), buf.Length()));
#else
  return Napi::Number::New(info.Env(), crc32c_sw(init, buf.Data(), buf.Length()));
#endif
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("calculate", Napi::Function::New(env, Calculate));
  return exports;
}
NODE_API_MODULE(crc32c, Init)
