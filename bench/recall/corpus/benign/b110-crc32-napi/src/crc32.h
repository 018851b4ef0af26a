#ifndef CRC32_NAPI_H
#define CRC32_NAPI_H
#include <stddef.h>
#include <stdint.h>

uint32_t crc32_update(uint32_t crc, const uint8_t *buf, size_t len);
uint32_t crc32c_update(uint32_t crc, const uint8_t *buf, size_t len);
int crc32c_hw_available(void);

#endif
