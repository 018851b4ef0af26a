#include <node_api.h>
#include <stdint.h>
#include <string.h>

#define PRIME32_1 0x9E3779B1U
#define PRIME32_2 0x85EBCA77U
#define PRIME32_3 0xC2B2AE3DU
#define PRIME32_4 0x27D4EB2FU
#define PRIME32_5 0x165667B1U

static inline uint32_t rotl32(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }
static inline uint32_t read32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }

static uint32_t xxh32(const uint8_t *p, size_t len, uint32_t seed) {
  const uint8_t *end = p + len;
  uint32_t h;
  if (len >= 16) {
    const uint8_t *limit = end - 16;
    uint32_t v1 = seed + PRIME32_1 + PRIME32_2, v2 = seed + PRIME32_2, v3 = seed, v4 = seed - PRIME32_1;
    do {
      v1 = rotl32(v1 + read32(p) * PRIME32_2, 13) * PRIME32_1; p += 4;
      v2 = rotl32(v2 + read32(p) * PRIME32_2, 13) * PRIME32_1; p += 4;
      v3 = rotl32(v3 + read32(p) * PRIME32_2, 13) * PRIME32_1; p += 4;
      v4 = rotl32(v4 + read32(p) * PRIME32_2, 13) * PRIME32_1; p += 4;
    } while (p <= limit);
    h = rotl32(v1, 1) + rotl32(v2, 7) + rotl32(v3, 12) + rotl32(v4, 18);
  } else {
    h = seed + PRIME32_5;
  }
  h += (uint32_t)len;
  while (p + 4 <= end) { h = rotl32(h + read32(p) * PRIME32_3, 17) * PRIME32_4; p += 4; }
  while (p < end) { h = rotl32(h + (*p) * PRIME32_5, 11) * PRIME32_1; p++; }
  h ^= h >> 15; h *= PRIME32_2; h ^= h >> 13; h *= PRIME32_3; h ^= h >> 16;
  return h;
}

static napi_value Hash32(napi_env env, napi_callback_info info) {
  size_t argc = 2; napi_value argv[2];
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  void *data; size_t len; uint32_t seed = 0;
  napi_get_buffer_info(env, argv[0], &data, &len);
  if (argc > 1) napi_get_value_uint32(env, argv[1], &seed);
  napi_value out;
  napi_create_uint32(env, xxh32((const uint8_t *)data, len, seed), &out);
  return out;
}

static napi_value Init(napi_env env, napi_value exports) {
  napi_value fn;
  napi_create_function(env, "hash32", NAPI_AUTO_LENGTH, Hash32, NULL, &fn);
  napi_set_named_property(env, exports, "hash32", fn);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
