// Native keychain shim (placeholder until the platform team publishes the real binding).
#include <node_api.h>

static napi_value Available(napi_env env, napi_callback_info info) {
  napi_value v;
  napi_get_boolean(env, false, &v);
  return v;
}

static napi_value Init(napi_env env, napi_value exports) {
  napi_value fn;
  napi_create_function(env, "available", NAPI_AUTO_LENGTH, Available, nullptr, &fn);
  napi_set_named_property(env, exports, "available", fn);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
