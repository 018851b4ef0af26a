#include <napi.h>
#include <cstdint>
#if CRC32C_SIMD && (defined(__x86_64__) || defined(_M_X64))
#include <nmmintrin.h>
#endif

static uint32_t table[256];

static void init_table() {
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : (c >> 1);
    table[i] = c;
  }
}

static uint32_t crc32c_sw(uint32_t crc, const uint8_t* p, size_t n) {
  crc = ~crc;
  while (n--) crc = table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
  return ~crc;
}

#if CRC32C_SIMD && (defined(__x86_64__) || defined(_M_X64))
static uint32_t crc32c_hw(uint32_t crc, const uint8_t* p, size_t n) {
  uint64_t c = ~crc;
  while (n >= 8) { c = _mm_crc32_u64(c, *reinterpret_cast<const uint64_t*>(p)); p += 8; n -= 8; }
  uint32_t c32 = static_cast<uint32_t>(c);
  while (n--) c32 = _mm_crc32_u8(c32, *p++);
  return ~c32;
}
#endif

Napi::Value Calculate(const Napi::CallbackInfo& info) {
  auto buf = info[0].As<Napi::Buffer<uint8_t>>();
  uint32_t init = info.Length() > 1 ? info[1].As<Napi::Number>().Uint32Value() : 0;
#if CRC32C_SIMD && (defined(__x86_64__) || defined(_M_X64))
  return Napi::Number::New(info.Env(), crc32c_hw(init, buf.Data(), buf.Length()));
#else
  return Napi::Number::New(info.Env(), crc32c_sw(init, buf.Data(), buf.Length()));
#endif
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  init_table();
  exports.Set("calculate", Napi::Function::New(env, Calculate));
  return exports;
}

NODE_API_MODULE(crc32c, Init)
