#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "crc32c_tables.h"
#if defined(__SSE4_2__)
#include <nmmintrin.h>
#elif defined(__ARM_FEATURE_CRC32)
#include <arm_acle.h>
#endif

uint32_t crc32c_sw(uint32_t crc, const uint8_t* p, size_t n) {
  crc = ~crc;
  while (n >= 8) {
    uint32_t lo, hi;
    memcpy(&lo, p, 4);
    memcpy(&hi, p + 4, 4);
    lo ^= crc;
    crc = kCrc32cTable[7][lo & 0xff] ^ kCrc32cTable[6][(lo >> 8) & 0xff] ^
          kCrc32cTable[5][(lo >> 16) & 0xff] ^ kCrc32cTable[4][lo >> 24] ^
          kCrc32cTable[3][hi & 0xff] ^ kCrc32cTable[2][(hi >> 8) & 0xff] ^
          kCrc32cTable[1][(hi >> 16) & 0xff] ^ kCrc32cTable[0][hi >> 24];
    p += 8;
    n -= 8;
  }
  while (n--) crc = kCrc32cTable[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
  return ~crc;
}

uint32_t crc32c_hw(uint32_t crc, const uint8_t* p, size_t n) {
#if defined(__SSE4_2__)
  uint64_t c = ~crc;
  while (n >= 8) { uint64_t v; memcpy(&v, p, 8); c = _mm_crc32_u64(c, v); p += 8; n -= 8; }
  uint32_t c32 = (uint32_t)c;
  while (n--) c32 = _mm_crc32_u8(c32, *p++);
  return ~c32;
#elif defined(__ARM_FEATURE_CRC32)
  uint32_t c = ~crc;
  while (n >= 8) { uint64_t v; memcpy(&v, p, 8); c = __crc32cd(c, v); p += 8; n -= 8; }
  while (n--) c = __crc32cb(c, *p++);
  return ~c;
#else
  return crc32c_sw(crc, p, n);
#endif
}
