#include <node_api.h>
#include "xxh64.h"

static napi_value Hash(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  void *buf; size_t len;
  if (argc < 1 || napi_get_buffer_info(env, argv[0], &buf, &len) != napi_ok) {
    napi_throw_type_error(env, NULL, "xxh64: first argument must be a Buffer");
    return NULL;
  }
  uint64_t seed = 0;
  if (argc > 1) { bool lossless; napi_get_value_bigint_uint64(env, argv[1], &seed, &lossless); }
  napi_value out;
  napi_create_bigint_uint64(env, xxh64(buf, len, seed), &out);
  return out;
}

static napi_value Init(napi_env env, napi_value exports) {
  napi_value fn;
  napi_create_function(env, "hash", NAPI_AUTO_LENGTH, Hash, NULL, &fn);
  napi_set_named_property(env, exports, "hash", fn);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
