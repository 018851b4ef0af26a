/* xxHash - header (vendored, BSD-2-Clause) */
#include <stdint.h>
#include <stddef.h>
uint64_t XXH64(const void* input, size_t len, uint64_t seed);
