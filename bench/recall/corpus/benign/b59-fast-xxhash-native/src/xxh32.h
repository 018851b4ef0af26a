#ifndef XXH32_H
#define XXH32_H
#include <stddef.h>
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif
uint32_t xxh32(const uint8_t *input, size_t len, uint32_t seed);
#ifdef __cplusplus
}
#endif
#endif
