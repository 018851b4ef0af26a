#include <cstdint>
#include <cstddef>
#include <cstring>
#include <arm_acle.h>

uint32_t crc32c_hw(uint32_t crc, const uint8_t* data, size_t len) {
  crc = ~crc;
  while (len >= 8) {
    uint64_t v;
    std::memcpy(&v, data, 8);
    crc = __crc32cd(crc, v);
    data += 8; len -= 8;
  }
  while (len--) crc = __crc32cb(crc, *data++);
  return ~crc;
}
