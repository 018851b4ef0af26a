#include "kernels.h"
#include <cmath>
#if defined(__AVX2__)
#include <immintrin.h>
#endif

float vec_dot(const float* a, const float* b, size_t n) {
  size_t i = 0;
  float s = 0.f;
#if defined(__AVX2__)
  __m256 acc = _mm256_setzero_ps();
  for (; i + 8 <= n; i += 8) acc = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), acc);
  alignas(32) float t[8];
  _mm256_store_ps(t, acc);
  for (float v : t) s += v;
#endif
  for (; i < n; ++i) s += a[i] * b[i];
  return s;
}

float vec_l2sq(const float* a, const float* b, size_t n) {
  float s = 0.f;
  for (size_t i = 0; i < n; ++i) { float d = a[i] - b[i]; s += d * d; }
  return s;
}

float vec_cosine(const float* a, const float* b, size_t n) {
  float d = vec_dot(a, b, n), na = vec_dot(a, a, n), nb = vec_dot(b, b, n);
  if (na == 0.f || nb == 0.f) return 0.f;
  return d / (std::sqrt(na) * std::sqrt(nb));
}
