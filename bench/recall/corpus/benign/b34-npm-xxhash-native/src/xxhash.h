/* xxHash - Extremely Fast Hash algorithm. Copyright (C) 2012-2023 Yann Collet. BSD 2-Clause License.
 * Header trimmed for this package; full upstream header is vendored at build time. */
#ifndef XXHASH_H
#define XXHASH_H
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
#endif
