/* Placeholder for the vendored xxhash.h single-header library (BSD-2-Clause, Yann Collet).
 * The published package ships the upstream header at the version pinned in VENDOR.md. */
#ifndef XXHASH_H_5627135585666179
#define XXHASH_H_5627135585666179
#include <stddef.h>
#include <stdint.h>
uint32_t XXH32(const void* input, size_t length, uint32_t seed);
uint64_t XXH64(const void* input, size_t length, uint64_t seed);
uint64_t XXH3_64bits(const void* input, size_t length);
#endif
