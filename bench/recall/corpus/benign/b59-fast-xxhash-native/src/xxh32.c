#include "xxh32.h"

#define P1 2654435761U
#define P2 2246822519U
#define P3 3266489917U
#define P4 668265263U
#define P5 374761393U

static uint32_t rotl(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

static uint32_t read32(const uint8_t *p) {
  return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static uint32_t round32(uint32_t acc, uint32_t lane) {
  acc += lane * P2;
  acc = rotl(acc, 13);
  return acc * P1;
}

uint32_t xxh32(const uint8_t *p, size_t len, uint32_t seed) {
  const uint8_t *end = p + len;
  uint32_t h;
  if (len >= 16) {
    const uint8_t *limit = end - 16;
    uint32_t v1 = seed + P1 + P2, v2 = seed + P2, v3 = seed, v4 = seed - P1;
    do {
      v1 = round32(v1, read32(p)); p += 4;
      v2 = round32(v2, read32(p)); p += 4;
      v3 = round32(v3, read32(p)); p += 4;
      v4 = round32(v4, read32(p)); p += 4;
    } while (p <= limit);
    h = rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18);
  } else {
    h = seed + P5;
  }
  h += (uint32_t)len;
  while (p + 4 <= end) {
    h += read32(p) * P3;
    h = rotl(h, 17) * P4;
    p += 4;
  }
  while (p < end) {
    h += (*p) * P5;
    h = rotl(h, 11) * P1;
    p++;
  }
  h ^= h >> 15;
  h *= P2;
  h ^= h >> 13;
  h *= P3;
  h ^= h >> 16;
  return h;
}
