#include <node_api.h>
// Lanczos3 / Mitchell resampling kernels (trimmed for brevity)
static napi_value Resize(napi_env env, napi_callback_info info) { return nullptr; }
static napi_value Init(napi_env env, napi_value exports) {
  napi_value fn; napi_create_function(env, "resize", NAPI_AUTO_LENGTH, Resize, nullptr, &fn);
  napi_set_named_property(env, exports, "resize", fn); return exports;
}
NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
