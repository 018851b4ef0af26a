#include <node_api.h>
#include <cstdint>
#include <cstddef>
#if defined(__x86_64__)
#include <nmmintrin.h>
#endif

static uint32_t crc32c_hw(uint32_t crc, const uint8_t* p, size_t n) {
#if defined(__x86_64__)
  crc = ~crc;
  while (n >= 8) { crc = (uint32_t)_mm_crc32_u64(crc, *(const uint64_t*)p); p += 8; n -= 8; }
  while (n--) crc = _mm_crc32_u8(crc, *p++);
  return ~crc;
#else
  crc = ~crc;
  while (n--) { crc ^= *p++; for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0x82f63b78 & (0 - (crc & 1))); }
  return ~crc;
#endif
}

static napi_value Calculate(napi_env env, napi_callback_info info) {
  size_t argc = 2; napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  void* data; size_t len; uint32_t init = 0;
  napi_get_buffer_info(env, argv[0], &data, &len);
  if (argc > 1) napi_get_value_uint32(env, argv[1], &init);
  napi_value out;
  napi_create_uint32(env, crc32c_hw(init, (const uint8_t*)data, len), &out);
  return out;
}

static napi_value Init(napi_env env, napi_value exports) {
  napi_value fn;
  napi_create_function(env, "calculate", NAPI_AUTO_LENGTH, Calculate, nullptr, &fn);
  napi_set_named_property(env, exports, "calculate", fn);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
