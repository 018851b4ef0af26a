/* xxHash - Extremely Fast Hash algorithm. Header-only build; upstream: https://github.com/Cyan4973/xxHash
 * BSD 2-Clause License. Full upstream header omitted from this placeholder source tree. */
#ifndef XXHASH_H
#define XXHASH_H
#include <stdint.h>
#include <stddef.h>
typedef uint64_t XXH64_hash_t;
XXH64_hash_t XXH64(const void* input, size_t length, uint64_t seed);
XXH64_hash_t XXH3_64bits(const void* input, size_t length);
#endif
