#include <node_api.h>
#include <stdint.h>

static uint32_t fnv32(const uint8_t* p, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) { h ^= p[i]; h *= 16777619u; }
  return h;
}

static uint64_t fnv64(const uint8_t* p, size_t n) {
  uint64_t h = 14695981039346656037ull;
  for (size_t i = 0; i < n; i++) { h ^= p[i]; h *= 1099511628211ull; }
  return h;
}

static napi_value Hash32(napi_env env, napi_callback_info info) {
  size_t argc = 1; napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  void* data; size_t len;
  napi_get_buffer_info(env, argv[0], &data, &len);
  napi_value out; napi_create_uint32(env, fnv32((const uint8_t*)data, len), &out);
  return out;
}

static napi_value Hash64(napi_env env, napi_callback_info info) {
  size_t argc = 1; napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  void* data; size_t len;
  napi_get_buffer_info(env, argv[0], &data, &len);
  napi_value out; napi_create_bigint_uint64(env, fnv64((const uint8_t*)data, len), &out);
  return out;
}

static napi_value Init(napi_env env, napi_value exports) {
  napi_property_descriptor d[] = {
    { "fnv1a32", NULL, Hash32, NULL, NULL, NULL, napi_default, NULL },
    { "fnv1a64", NULL, Hash64, NULL, NULL, NULL, napi_default, NULL },
  };
  napi_define_properties(env, exports, 2, d);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
