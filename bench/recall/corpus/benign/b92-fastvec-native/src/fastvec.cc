// Minimal N-API addon: dot product and cosine similarity over Float32Arrays.
#include <node_api.h>
#include <cmath>

static bool get_f32(napi_env env, napi_value v, float** data, size_t* len) {
  napi_typedarray_type type; napi_value ab; size_t off;
  if (napi_get_typedarray_info(env, v, &type, len, (void**)data, &ab, &off) != napi_ok) return false;
  return type == napi_float32_array;
}

static napi_value Cosine(napi_env env, napi_callback_info info) {
  size_t argc = 2; napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  float *a, *b; size_t na, nb;
  if (argc < 2 || !get_f32(env, argv[0], &a, &na) || !get_f32(env, argv[1], &b, &nb) || na != nb) {
    napi_throw_type_error(env, nullptr, "expected two Float32Arrays of equal length");
    return nullptr;
  }
  double dot = 0, aa = 0, bb = 0;
  for (size_t i = 0; i < na; i++) { dot += a[i] * b[i]; aa += a[i] * a[i]; bb += b[i] * b[i]; }
  napi_value out;
  napi_create_double(env, (aa == 0 || bb == 0) ? 0.0 : dot / (std::sqrt(aa) * std::sqrt(bb)), &out);
  return out;
}

static napi_value Init(napi_env env, napi_value exports) {
  napi_value fn;
  napi_create_function(env, "cosine", NAPI_AUTO_LENGTH, Cosine, nullptr, &fn);
  napi_set_named_property(env, exports, "cosine", fn);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
