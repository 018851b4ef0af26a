#include <napi.h>
#include <cstdint>
#include <cstddef>
#if defined(__x86_64__) || defined(_M_X64)
#include <nmmintrin.h>
static uint32_t crc32c_hw(uint32_t crc, const uint8_t* p, size_t n) {
  crc = ~crc;
  while (n >= 8) { crc = (uint32_t)_mm_crc32_u64(crc, *(const uint64_t*)p); p += 8; n -= 8; }
  while (n--) crc = _mm_crc32_u8(crc, *p++);
  return ~crc;
}
#elif defined(__aarch64__)
#include <arm_acle.h>
static uint32_t crc32c_hw(uint32_t crc, const uint8_t* p, size_t n) {
  crc = ~crc;
  while (n >= 8) { crc = __crc32cd(crc, *(const uint64_t*)p); p += 8; n -= 8; }
  while (n--) crc = __crc32cb(crc, *p++);
  return ~crc;
}
#else
static uint32_t crc32c_hw(uint32_t crc, const uint8_t* p, size_t n) {
  crc = ~crc;
  while (n--) { crc ^= *p++; for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0x82F63B78u & (0u - (crc & 1u))); }
  return ~crc;
}
#endif
static Napi::Value Calculate(const Napi::CallbackInfo& info) {
  auto buf = info[0].As<Napi::Buffer<uint8_t>>();
  uint32_t init = info.Length() > 1 ? info[1].As<Napi::Number>().Uint32Value() : 0;
  return Napi::Number::New(info.Env(), crc32c_hw(init, buf.Data(), buf.Length()));
}
static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("calculate", Napi::Function::New(env, Calculate));
  return exports;
}
NODE_API_MODULE(crc32c, Init)
