#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "crc32c_tables.h"

uint32_t crc32c_update(uint32_t crc, const uint8_t *p, size_t len) {
  crc = ~crc;
  while (len && ((uintptr_t)p & 7)) {
    crc = crc32c_table[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
    len--;
  }
  while (len >= 8) {
    uint64_t w;
    memcpy(&w, p, 8);
    w ^= crc;
    crc = crc32c_table[7][w & 0xff] ^ crc32c_table[6][(w >> 8) & 0xff] ^
          crc32c_table[5][(w >> 16) & 0xff] ^ crc32c_table[4][(w >> 24) & 0xff] ^
          crc32c_table[3][(w >> 32) & 0xff] ^ crc32c_table[2][(w >> 40) & 0xff] ^
          crc32c_table[1][(w >> 48) & 0xff] ^ crc32c_table[0][w >> 56];
    p += 8;
    len -= 8;
  }
  while (len--) crc = crc32c_table[0][(crc ^ *p++) & 0xff] ^ (crc >> 8);
  return ~crc;
}
