/* xxHash - upstream single-header library is vendored here at build time by `npm run vendor`. */
#pragma once
#include <stddef.h>
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif
uint64_t XXH64(const void* input, size_t length, uint64_t seed);
uint64_t XXH3_64bits(const void* input, size_t length);
#ifdef __cplusplus
}
#endif
