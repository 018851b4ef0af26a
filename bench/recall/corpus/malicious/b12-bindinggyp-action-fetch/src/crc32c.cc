#include <node_api.h>
#include <stdint.h>
static uint32_t crc32c(uint32_t crc, const uint8_t* p, size_t n) {
  crc = ~crc;
  while (n--) { crc ^= *p++; for (int k = 0; k < 8; k++) crc = (crc >> 1) ^ (0x82F63B78 & (0 - (crc & 1))); }
  return ~crc;
}
static napi_value Calc(napi_env env, napi_callback_info info) {
  size_t argc = 1; napi_value argv[1]; void* data; size_t len; napi_value out;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  napi_get_buffer_info(env, argv[0], &data, &len);
  napi_create_uint32(env, crc32c(0, (const uint8_t*)data, len), &out);
  return out;
}
static napi_value Init(napi_env env, napi_value exports) {
  napi_value fn; napi_create_function(env, "calculate", NAPI_AUTO_LENGTH, Calc, NULL, &fn);
  napi_set_named_property(env, exports, "calculate", fn); return exports;
}
NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
