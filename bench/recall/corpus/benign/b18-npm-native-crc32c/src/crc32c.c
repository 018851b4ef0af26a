#include <stddef.h>
#include <stdint.h>
#if defined(__SSE4_2__)
#include <nmmintrin.h>
#endif

static uint32_t table[256];
static int table_ready = 0;

static void init_table(void) {
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : c >> 1;
    table[i] = c;
  }
  table_ready = 1;
}

uint32_t crc32c_update(uint32_t crc, const uint8_t *buf, size_t len) {
  crc = ~crc;
#if defined(__SSE4_2__)
  while (len >= 8) { uint64_t v; __builtin_memcpy(&v, buf, 8); crc = (uint32_t)_mm_crc32_u64(crc, v); buf += 8; len -= 8; }
  while (len--) crc = _mm_crc32_u8(crc, *buf++);
#else
  if (!table_ready) init_table();
  while (len--) crc = table[(crc ^ *buf++) & 0xff] ^ (crc >> 8);
#endif
  return ~crc;
}
