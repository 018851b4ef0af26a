#include <node_api.h>
#include <stdint.h>
#include <string.h>
#include "rapidhash.h"

static napi_value Hash(napi_env env, napi_callback_info info) {
  size_t argc = 2; napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  void *data; size_t len;
  napi_get_buffer_info(env, argv[0], &data, &len);
  uint64_t seed = 0; bool lossless;
  if (argc > 1) napi_get_value_bigint_uint64(env, argv[1], &seed, &lossless);
  uint64_t h = rapidhash_withSeed(data, len, seed);
  napi_value out; napi_create_bigint_uint64(env, h, &out);
  return out;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "hash", NAPI_AUTO_LENGTH, Hash, NULL, &fn);
  napi_set_named_property(env, exports, "hash", fn);
  return exports;
}
