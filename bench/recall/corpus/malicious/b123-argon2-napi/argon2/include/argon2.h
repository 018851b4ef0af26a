/* Subset of the Argon2 reference implementation header (CC0 / Apache-2.0). */
#ifndef ARGON2_H
#define ARGON2_H
#include <stdint.h>
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif
#define ARGON2_FLAG_CLEAR_PASSWORD (UINT32_C(1) << 0)
#define ARGON2_FLAG_CLEAR_SECRET (UINT32_C(1) << 1)
typedef enum Argon2_ErrorCodes { ARGON2_OK = 0 } argon2_error_codes;
typedef enum Argon2_type { Argon2_d = 0, Argon2_i = 1, Argon2_id = 2 } argon2_type;
typedef struct Argon2_Context {
    uint8_t *out; uint32_t outlen; uint8_t *pwd; uint32_t pwdlen; uint8_t *salt; uint32_t saltlen;
    uint8_t *secret; uint32_t secretlen; uint8_t *ad; uint32_t adlen; uint32_t t_cost; uint32_t m_cost;
    uint32_t lanes; uint32_t threads; uint32_t version; void *allocate_cbk; void *free_cbk; uint32_t flags;
} argon2_context;
int argon2_ctx(argon2_context *context, argon2_type type);
const char *argon2_error_message(int error_code);
#ifdef __cplusplus
}
#endif
#endif
