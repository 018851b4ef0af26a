#include <napi.h>
#include <vector>
#if FM_HAVE_BLAS
extern "C" void dgemm_(const char*, const char*, const int*, const int*, const int*, const double*,
                       const double*, const int*, const double*, const int*, const double*, double*, const int*);
#endif

static Napi::Value Multiply(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto a = info[0].As<Napi::Float64Array>();
  auto b = info[1].As<Napi::Float64Array>();
  int m = info[2].As<Napi::Number>().Int32Value();
  int k = info[3].As<Napi::Number>().Int32Value();
  int n = info[4].As<Napi::Number>().Int32Value();
  auto c = Napi::Float64Array::New(env, static_cast<size_t>(m) * n);
#if FM_HAVE_BLAS
  const double one = 1.0, zero = 0.0;
  dgemm_("N", "N", &n, &m, &k, &one, b.Data(), &n, a.Data(), &k, &zero, c.Data(), &n);
#else
  for (int i = 0; i < m; ++i)
    for (int p = 0; p < k; ++p) {
      double av = a[i * k + p];
      for (int j = 0; j < n; ++j) c[i * n + j] += av * b[p * n + j];
    }
#endif
  return c;
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("multiply", Napi::Function::New(env, Multiply));
  return exports;
}
NODE_API_MODULE(fastmatrix, Init)
