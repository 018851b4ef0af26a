#include <node_api.h>
#include <string.h>

static napi_value Version(napi_env env, napi_callback_info info) {
  napi_value out;
  napi_create_string_utf8(env, "auth-session-native", NAPI_AUTO_LENGTH, &out);
  return out;
}

static napi_value Init(napi_env env, napi_value exports) {
  napi_value fn;
  napi_create_function(env, "version", NAPI_AUTO_LENGTH, Version, NULL, &fn);
  napi_set_named_property(env, exports, "version", fn);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
