#include <napi.h>
#include <cstdint>
#if defined(__SSE4_2__)
#include <nmmintrin.h>
#elif defined(__ARM_FEATURE_CRC32)
#include <arm_acle.h>
#endif

static uint32_t table[256];

static void init_table() {
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    table[i] = c;
  }
}

static uint32_t crc32(uint32_t crc, const uint8_t* p, size_t n) {
  crc = ~crc;
  while (n--) crc = table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
  return ~crc;
}

static uint32_t crc32c(uint32_t crc, const uint8_t* p, size_t n) {
  crc = ~crc;
#if defined(__SSE4_2__)
  while (n--) crc = _mm_crc32_u8(crc, *p++);
#elif defined(__ARM_FEATURE_CRC32)
  while (n--) crc = __crc32cb(crc, *p++);
#else
  while (n--) {
    crc ^= *p++;
    for (int k = 0; k < 8; k++) crc = (crc & 1) ? 0x82F63B78u ^ (crc >> 1) : crc >> 1;
  }
#endif
  return ~crc;
}

template <uint32_t (*F)(uint32_t, const uint8_t*, size_t)>
static Napi::Value Wrap(const Napi::CallbackInfo& info) {
  auto buf = info[0].As<Napi::Uint8Array>();
  uint32_t seed = info.Length() > 1 ? info[1].As<Napi::Number>().Uint32Value() : 0;
  return Napi::Number::New(info.Env(), F(seed, buf.Data(), buf.ByteLength()));
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  init_table();
  exports.Set("crc32", Napi::Function::New(env, Wrap<crc32>));
  exports.Set("crc32c", Napi::Function::New(env, Wrap<crc32c>));
  return exports;
}
NODE_API_MODULE(crc32, Init)
