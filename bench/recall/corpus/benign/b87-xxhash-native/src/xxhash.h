/* placeholder: upstream xxhash.h v0.8.2 is vendored at release time */
#pragma once
#include <stdint.h>
#include <stddef.h>
uint64_t XXH64(const void*, size_t, uint64_t);
uint64_t XXH3_64bits(const void*, size_t);
