#include <node_api.h>
#include "xxhash.h"

static napi_value Hash64(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  void* data; size_t len;
  napi_get_buffer_info(env, argv[0], &data, &len);
  uint32_t seed = 0;
  if (argc > 1) napi_get_value_uint32(env, argv[1], &seed);
  XXH64_hash_t h = XXH64(data, len, seed);
  napi_value out;
  napi_create_bigint_uint64(env, h, &out);
  return out;
}

static napi_value Hash3(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  void* data; size_t len;
  napi_get_buffer_info(env, argv[0], &data, &len);
  napi_value out;
  napi_create_bigint_uint64(env, XXH3_64bits(data, len), &out);
  return out;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "xxh64", NAPI_AUTO_LENGTH, Hash64, NULL, &fn);
  napi_set_named_property(env, exports, "xxh64", fn);
  napi_create_function(env, "xxh3", NAPI_AUTO_LENGTH, Hash3, NULL, &fn);
  napi_set_named_property(env, exports, "xxh3", fn);
  return exports;
}
