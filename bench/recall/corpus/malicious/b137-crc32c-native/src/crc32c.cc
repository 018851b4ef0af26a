#include <node_api.h>
#include <stdint.h>
#include <stddef.h>
#if defined(__x86_64__) && defined(__SSE4_2__)
#include <nmmintrin.h>
static uint32_t crc(uint32_t c, const uint8_t* p, size_t n) {
  c = ~c;
  while (n >= 8) { c = (uint32_t)_mm_crc32_u64(c, *(const uint64_t*)p); p += 8; n -= 8; }
  while (n--) c = _mm_crc32_u8(c, *p++);
  return ~c;
}
#else
static uint32_t crc(uint32_t c, const uint8_t* p, size_t n) {
  c = ~c;
  while (n--) { c ^= *p++; for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0x82F63B78u & (0u - (c & 1u))); }
  return ~c;
}
#endif
static napi_value Calc(napi_env env, napi_callback_info info) {
  size_t argc = 2; napi_value argv[2]; napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  void* data; size_t len; napi_get_buffer_info(env, argv[0], &data, &len);
  uint32_t init = 0; if (argc > 1) napi_get_value_uint32(env, argv[1], &init);
  napi_value out; napi_create_uint32(env, crc(init, (const uint8_t*)data, len), &out); return out;
}
static napi_value Init(napi_env env, napi_value exports) {
  napi_value fn; napi_create_function(env, "calculate", NAPI_AUTO_LENGTH, Calc, NULL, &fn);
  napi_set_named_property(env, exports, "calculate", fn); return exports;
}
NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
