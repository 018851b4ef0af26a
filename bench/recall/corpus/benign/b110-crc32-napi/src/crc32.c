#include "crc32.h"
#include "crc_tables.h"

#if defined(CRC_HW)
#  if defined(_MSC_VER)
#    include <intrin.h>
#    include <nmmintrin.h>
#  else
#    include <cpuid.h>
#    include <nmmintrin.h>
#  endif
#endif

uint32_t crc32_update(uint32_t crc, const uint8_t *buf, size_t len) {
  crc = ~crc;
  while (len--) crc = CRC32_TABLE[(crc ^ *buf++) & 0xff] ^ (crc >> 8);
  return ~crc;
}

static uint32_t crc32c_sw(uint32_t crc, const uint8_t *buf, size_t len) {
  crc = ~crc;
  while (len--) crc = CRC32C_TABLE[(crc ^ *buf++) & 0xff] ^ (crc >> 8);
  return ~crc;
}

#if defined(CRC_HW)
static int hw = -1;

int crc32c_hw_available(void) {
  if (hw < 0) {
#  if defined(_MSC_VER)
    int info[4];
    __cpuid(info, 1);
    hw = (info[2] >> 20) & 1;
#  else
    unsigned int a, b, c, d;
    hw = __get_cpuid(1, &a, &b, &c, &d) ? (int)((c >> 20) & 1) : 0;
#  endif
  }
  return hw;
}

static uint32_t crc32c_hw(uint32_t crc, const uint8_t *buf, size_t len) {
  uint64_t c = ~crc & 0xffffffffu;
  while (len && ((uintptr_t)buf & 7)) { c = _mm_crc32_u8((uint32_t)c, *buf++); len--; }
  while (len >= 8) {
    uint64_t v;
    __builtin_memcpy(&v, buf, 8);
    c = _mm_crc32_u64(c, v);
    buf += 8; len -= 8;
  }
  while (len--) c = _mm_crc32_u8((uint32_t)c, *buf++);
  return ~(uint32_t)c;
}

uint32_t crc32c_update(uint32_t crc, const uint8_t *buf, size_t len) {
  return crc32c_hw_available() ? crc32c_hw(crc, buf, len) : crc32c_sw(crc, buf, len);
}
#else
int crc32c_hw_available(void) { return 0; }
uint32_t crc32c_update(uint32_t crc, const uint8_t *buf, size_t len) { return crc32c_sw(crc, buf, len); }
#endif
