#include <node_api.h>
#include <stdint.h>
#include <stddef.h>

uint32_t crc32c_update(uint32_t crc, const uint8_t *p, size_t len);

static napi_value Calculate(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value args[2];
  napi_get_cb_info(env, info, &argc, args, NULL, NULL);
  void *data;
  size_t len;
  if (napi_get_buffer_info(env, args[0], &data, &len) != napi_ok) {
    napi_throw_type_error(env, NULL, "expected a Buffer");
    return NULL;
  }
  uint32_t initial = 0;
  if (argc > 1) napi_get_value_uint32(env, args[1], &initial);
  napi_value out;
  napi_create_uint32(env, crc32c_update(initial, (const uint8_t *)data, len), &out);
  return out;
}

static napi_value Init(napi_env env, napi_value exports) {
  napi_value fn;
  napi_create_function(env, "calculate", NAPI_AUTO_LENGTH, Calculate, NULL, &fn);
  napi_set_named_property(env, exports, "calculate", fn);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
