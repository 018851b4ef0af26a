#include <node_api.h>
#include <stdint.h>
static uint32_t table[256];
static void init() {
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = c & 1 ? 0x82F63B78 ^ (c >> 1) : c >> 1;
    table[i] = c;
  }
}
static napi_value Crc(napi_env env, napi_callback_info info) {
  size_t argc = 1; napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  void* data; size_t len;
  napi_get_buffer_info(env, argv[0], &data, &len);
  uint32_t c = 0xFFFFFFFF; const uint8_t* p = (const uint8_t*)data;
  for (size_t i = 0; i < len; i++) c = table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
  napi_value r; napi_create_uint32(env, c ^ 0xFFFFFFFF, &r); return r;
}
static napi_value Init(napi_env env, napi_value exports) {
  init(); napi_value fn;
  napi_create_function(env, "crc32c", NAPI_AUTO_LENGTH, Crc, NULL, &fn);
  napi_set_named_property(env, exports, "crc32c", fn);
  return exports;
}
NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
