#include <cstddef>
#include <cstdint>
#if defined(__x86_64__) || defined(_M_X64)
#include <nmmintrin.h>
#define HW_X86 1
#elif defined(__aarch64__) && defined(__ARM_FEATURE_CRC32)
#include <arm_acle.h>
#define HW_ARM 1
#endif

static uint32_t table[256];
static bool table_ready = false;

static void init_table() {
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : (c >> 1);
    table[i] = c;
  }
  table_ready = true;
}

uint32_t crc32c_sw(uint32_t crc, const uint8_t* p, size_t n) {
  if (!table_ready) init_table();
  crc = ~crc;
  while (n--) crc = table[(crc ^ *p++) & 0xFF] ^ (crc >> 8);
  return ~crc;
}

uint32_t crc32c_hw(uint32_t crc, const uint8_t* p, size_t n) {
#if defined(HW_X86)
  uint64_t c = ~crc;
  while (n >= 8) { uint64_t v; __builtin_memcpy(&v, p, 8); c = _mm_crc32_u64(c, v); p += 8; n -= 8; }
  uint32_t c32 = static_cast<uint32_t>(c);
  while (n--) c32 = _mm_crc32_u8(c32, *p++);
  return ~c32;
#elif defined(HW_ARM)
  uint32_t c = ~crc;
  while (n >= 8) { uint64_t v; __builtin_memcpy(&v, p, 8); c = __crc32cd(c, v); p += 8; n -= 8; }
  while (n--) c = __crc32cb(c, *p++);
  return ~c;
#else
  return crc32c_sw(crc, p, n);
#endif
}
