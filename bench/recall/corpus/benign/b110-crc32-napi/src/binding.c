#define NAPI_VERSION 6
#include <node_api.h>
#include "crc32.h"

typedef uint32_t (*crc_fn)(uint32_t, const uint8_t *, size_t);

static napi_value run(napi_env env, napi_callback_info info, crc_fn fn) {
  size_t argc = 2;
  napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc < 1) {
    napi_throw_type_error(env, NULL, "data required");
    return NULL;
  }
  void *data = NULL;
  size_t len = 0;
  bool is_buf = false;
  napi_is_buffer(env, argv[0], &is_buf);
  if (is_buf) {
    napi_get_buffer_info(env, argv[0], &data, &len);
  } else {
    bool is_ta = false;
    napi_is_typedarray(env, argv[0], &is_ta);
    if (!is_ta) {
      napi_throw_type_error(env, NULL, "data must be a Buffer or Uint8Array");
      return NULL;
    }
    napi_typedarray_type t;
    napi_value ab;
    size_t off;
    napi_get_typedarray_info(env, argv[0], &t, &len, &data, &ab, &off);
  }
  uint32_t seed = 0;
  if (argc > 1) napi_get_value_uint32(env, argv[1], &seed);
  napi_value out;
  napi_create_uint32(env, fn(seed, (const uint8_t *)data, len), &out);
  return out;
}

static napi_value Crc32(napi_env env, napi_callback_info info) { return run(env, info, crc32_update); }
static napi_value Crc32c(napi_env env, napi_callback_info info) { return run(env, info, crc32c_update); }

static napi_value Init(napi_env env, napi_value exports) {
  napi_value f, hw;
  napi_create_function(env, "crc32", NAPI_AUTO_LENGTH, Crc32, NULL, &f);
  napi_set_named_property(env, exports, "crc32", f);
  napi_create_function(env, "crc32c", NAPI_AUTO_LENGTH, Crc32c, NULL, &f);
  napi_set_named_property(env, exports, "crc32c", f);
  napi_get_boolean(env, crc32c_hw_available(), &hw);
  napi_set_named_property(env, exports, "hardware", hw);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
