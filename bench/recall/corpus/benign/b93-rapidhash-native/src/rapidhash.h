/* rapidhash.h — portable subset vendored from upstream rapidhash (BSD-2-Clause). */
#pragma once
#include <stdint.h>
#include <stddef.h>
#include <string.h>

#define RAPID_SEED (0xbdd89aa982704029ull)
static const uint64_t rapid_secret[3] = {0x2d358dccaa6c78a5ull, 0x8bb84b93962eacc9ull, 0x4b33a62ed433d4a3ull};

static inline void rapid_mum(uint64_t *A, uint64_t *B) {
#if defined(__SIZEOF_INT128__)
  __uint128_t r = (__uint128_t)*A * *B;
  *A = (uint64_t)r; *B = (uint64_t)(r >> 64);
#else
  uint64_t ha = *A >> 32, hb = *B >> 32, la = (uint32_t)*A, lb = (uint32_t)*B, hi, lo;
  uint64_t rh = ha * hb, rm0 = ha * lb, rm1 = hb * la, rl = la * lb, t = rl + (rm0 << 32), c = t < rl;
  lo = t + (rm1 << 32); c += lo < t; hi = rh + (rm0 >> 32) + (rm1 >> 32) + c;
  *A = lo; *B = hi;
#endif
}
static inline uint64_t rapid_mix(uint64_t A, uint64_t B) { rapid_mum(&A, &B); return A ^ B; }
static inline uint64_t rapid_read64(const uint8_t *p) { uint64_t v; memcpy(&v, p, 8); return v; }
static inline uint64_t rapid_read32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }

static inline uint64_t rapidhash_withSeed(const void *key, size_t len, uint64_t seed) {
  const uint8_t *p = (const uint8_t *)key;
  const uint64_t *secret = rapid_secret;
  seed ^= rapid_mix(seed ^ secret[0], secret[1]) ^ len;
  uint64_t a = 0, b = 0;
  if (len <= 16) {
    if (len >= 4) {
      const uint8_t *plast = p + len - 4;
      uint64_t delta = ((len & 24) >> (len >> 3));
      a = (rapid_read32(p) << 32) | rapid_read32(plast);
      b = (rapid_read32(p + delta) << 32) | rapid_read32(plast - delta);
    } else if (len > 0) {
      a = (((uint64_t)p[0]) << 56) | (((uint64_t)p[len >> 1]) << 32) | p[len - 1];
    }
  } else {
    size_t i = len;
    if (i > 48) {
      uint64_t see1 = seed, see2 = seed;
      do {
        seed = rapid_mix(rapid_read64(p) ^ secret[0], rapid_read64(p + 8) ^ seed);
        see1 = rapid_mix(rapid_read64(p + 16) ^ secret[1], rapid_read64(p + 24) ^ see1);
        see2 = rapid_mix(rapid_read64(p + 32) ^ secret[2], rapid_read64(p + 40) ^ see2);
        p += 48; i -= 48;
      } while (i >= 48);
      seed ^= see1 ^ see2;
    }
    if (i > 16) {
      seed = rapid_mix(rapid_read64(p) ^ secret[2], rapid_read64(p + 8) ^ seed ^ secret[1]);
      if (i > 32) seed = rapid_mix(rapid_read64(p + 16) ^ secret[2], rapid_read64(p + 24) ^ seed);
    }
    a = rapid_read64(p + i - 16); b = rapid_read64(p + i - 8);
  }
  a ^= secret[1]; b ^= seed; rapid_mum(&a, &b);
  return rapid_mix(a ^ secret[0] ^ len, b ^ secret[1]);
}
