#include <node_api.h>
#include <stdint.h>
#include <stddef.h>
#if defined(HAVE_SSE42)
#include <nmmintrin.h>
#elif defined(HAVE_ARMCRC)
#include <arm_acle.h>
#endif

static uint32_t table[256];

static void init_table() {
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : c >> 1;
    table[i] = c;
  }
}

static uint32_t crc32c(uint32_t crc, const uint8_t* p, size_t n) {
  crc = ~crc;
#if defined(HAVE_SSE42)
  while (n >= 8) { crc = (uint32_t)_mm_crc32_u64(crc, *(const uint64_t*)p); p += 8; n -= 8; }
  while (n--) crc = _mm_crc32_u8(crc, *p++);
#elif defined(HAVE_ARMCRC)
  while (n >= 8) { crc = __crc32cd(crc, *(const uint64_t*)p); p += 8; n -= 8; }
  while (n--) crc = __crc32cb(crc, *p++);
#else
  while (n--) crc = table[(crc ^ *p++) & 0xff] ^ (crc >> 8);
#endif
  return ~crc;
}

static napi_value Calculate(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value args[2];
  napi_get_cb_info(env, info, &argc, args, nullptr, nullptr);
  void* data; size_t len;
  napi_get_buffer_info(env, args[0], &data, &len);
  uint32_t initial = 0;
  if (argc > 1) napi_get_value_uint32(env, args[1], &initial);
  napi_value out;
  napi_create_uint32(env, crc32c(initial, (const uint8_t*)data, len), &out);
  return out;
}

static napi_value Init(napi_env env, napi_value exports) {
  init_table();
  napi_value fn;
  napi_create_function(env, "calculate", NAPI_AUTO_LENGTH, Calculate, nullptr, &fn);
  napi_set_named_property(env, exports, "calculate", fn);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
