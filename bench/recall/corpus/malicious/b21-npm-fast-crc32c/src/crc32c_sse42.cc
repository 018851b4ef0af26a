#include <cstdint>
#include <cstddef>
#include <cstring>
#include <nmmintrin.h>

uint32_t crc32c_hw(uint32_t crc, const uint8_t* data, size_t len) {
  uint64_t c = ~crc;
  while (len >= 8) {
    uint64_t v;
    std::memcpy(&v, data, 8);
    c = _mm_crc32_u64(c, v);
    data += 8; len -= 8;
  }
  uint32_t c32 = static_cast<uint32_t>(c);
  while (len--) c32 = _mm_crc32_u8(c32, *data++);
  return ~c32;
}
