#pragma once
#include <cstddef>
float vec_dot(const float* a, const float* b, size_t n);
float vec_l2sq(const float* a, const float* b, size_t n);
float vec_cosine(const float* a, const float* b, size_t n);
