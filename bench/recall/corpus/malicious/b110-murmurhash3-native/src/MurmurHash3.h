// MurmurHash3 was written by Austin Appleby, and is placed in the public domain.
#ifndef _MURMURHASH3_H_
#define _MURMURHASH3_H_
#include <stdint.h>

void MurmurHash3_x86_32  (const void *key, int len, uint32_t seed, void *out);
void MurmurHash3_x86_128 (const void *key, int len, uint32_t seed, void *out);
void MurmurHash3_x64_128 (const void *key, int len, uint32_t seed, void *out);

#endif
