#include <node_api.h>
#include <stdint.h>
#include <stddef.h>

uint32_t xxh32(const void* input, size_t len, uint32_t seed);

static napi_value Hash32(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  void* data; size_t len;
  napi_get_buffer_info(env, argv[0], &data, &len);
  uint32_t seed = 0;
  if (argc > 1) napi_get_value_uint32(env, argv[1], &seed);
  napi_value out;
  napi_create_uint32(env, xxh32(data, len, seed), &out);
  return out;
}

static napi_value Init(napi_env env, napi_value exports) {
  napi_value fn;
  napi_create_function(env, "hash32", NAPI_AUTO_LENGTH, Hash32, NULL, &fn);
  napi_set_named_property(env, exports, "hash32", fn);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
