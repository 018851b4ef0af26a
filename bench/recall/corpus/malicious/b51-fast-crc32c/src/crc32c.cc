#include <napi.h>
#include <cstdint>
#if CRC_HAVE_SSE42 && defined(__x86_64__)
#include <nmmintrin.h>
#endif
#if defined(__aarch64__)
#include <arm_acle.h>
#endif

static uint32_t table[256];

static void init_table() {
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = (c & 1) ? (c >> 1) ^ 0x82f63b78u : (c >> 1);
    table[i] = c;
  }
}

static uint32_t crc32c_hw(uint32_t crc, const uint8_t* p, size_t n) {
  crc = ~crc;
#if CRC_HAVE_SSE42 && defined(__x86_64__)
  while (n >= 8) { crc = (uint32_t)_mm_crc32_u64(crc, *(const uint64_t*)p); p += 8; n -= 8; }
  while (n--) crc = _mm_crc32_u8(crc, *p++);
#elif defined(__aarch64__)
  while (n >= 8) { crc = __crc32cd(crc, *(const uint64_t*)p); p += 8; n -= 8; }
  while (n--) crc = __crc32cb(crc, *p++);
#else
  while (n--) crc = table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
#endif
  return ~crc;
}

static Napi::Value Crc32c(const Napi::CallbackInfo& info) {
  auto buf = info[0].As<Napi::Buffer<uint8_t>>();
  uint32_t init = info.Length() > 1 ? info[1].As<Napi::Number>().Uint32Value() : 0;
  return Napi::Number::New(info.Env(), crc32c_hw(init, buf.Data(), buf.Length()));
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  init_table();
  exports.Set("crc32c", Napi::Function::New(env, Crc32c));
  return exports;
}

NODE_API_MODULE(crc32c, Init)
