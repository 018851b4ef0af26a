#include <cstdint>
#include <cstddef>

static uint32_t table[256];
static bool ready = false;

static void build() {
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : c >> 1;
    table[i] = c;
  }
  ready = true;
}

uint32_t crc32c_sw(uint32_t crc, const uint8_t* data, size_t len) {
  if (!ready) build();
  crc = ~crc;
  while (len--) crc = table[(crc ^ *data++) & 0xFF] ^ (crc >> 8);
  return ~crc;
}
