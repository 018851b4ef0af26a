/* xxHash - Extremely Fast Hash algorithm. BSD 2-Clause License. Vendored header (trimmed stub for packaging). */
#ifndef XXHASH_H
#define XXHASH_H
#include <stddef.h>
#include <stdint.h>
uint64_t XXH64(const void* input, size_t length, uint64_t seed);
uint64_t XXH3_64bits(const void* input, size_t length);
#endif
