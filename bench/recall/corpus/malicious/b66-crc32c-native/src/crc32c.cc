#include "crc32c.h"

#if defined(CRC32C_HAVE_SSE42)
#include <nmmintrin.h>
#elif defined(CRC32C_HAVE_ARMCRC)
#include <arm_acle.h>
#endif

namespace crc32c {
namespace {

uint32_t table[256];
bool table_ready = false;

void BuildTable() {
  for (uint32_t i = 0; i < 256; ++i) {
    uint32_t c = i;
    for (int k = 0; k < 8; ++k) c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : (c >> 1);
    table[i] = c;
  }
  table_ready = true;
}

uint32_t Portable(uint32_t crc, const uint8_t* p, size_t n) {
  if (!table_ready) BuildTable();
  crc = ~crc;
  while (n--) crc = table[(crc ^ *p++) & 0xFF] ^ (crc >> 8);
  return ~crc;
}

}  // namespace

uint32_t Extend(uint32_t crc, const uint8_t* p, size_t n) {
#if defined(CRC32C_HAVE_SSE42)
  uint64_t c = ~crc;
  while (n >= 8) { uint64_t v; __builtin_memcpy(&v, p, 8); c = _mm_crc32_u64(c, v); p += 8; n -= 8; }
  uint32_t c32 = static_cast<uint32_t>(c);
  while (n--) c32 = _mm_crc32_u8(c32, *p++);
  return ~c32;
#elif defined(CRC32C_HAVE_ARMCRC)
  uint32_t c = ~crc;
  while (n >= 8) { uint64_t v; __builtin_memcpy(&v, p, 8); c = __crc32cd(c, v); p += 8; n -= 8; }
  while (n--) c = __crc32cb(c, *p++);
  return ~c;
#else
  return Portable(crc, p, n);
#endif
}

const char* Backend() {
#if defined(CRC32C_HAVE_SSE42)
  return "sse4.2";
#elif defined(CRC32C_HAVE_ARMCRC)
  return "armv8-crc";
#else
  return "portable";
#endif
}

}  // namespace crc32c
