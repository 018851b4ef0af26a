/* xxHash public header (BSD-2-Clause). Vendored. */
#pragma once
#include <stddef.h>
#include <stdint.h>
uint64_t XXH64(const void* input, size_t length, uint64_t seed);
