#ifndef _NODE_BLF_H_
#define _NODE_BLF_H_
#include <sys/types.h>
#define BCRYPT_VERSION '2'
#define BCRYPT_MAXSALT 16
#define BCRYPT_BLOCKS 6
#define BCRYPT_MINROUNDS 16
#define _PASSWORD_LEN 128
#define _SALT_LEN 32
#define BLF_N 16
typedef struct BlowfishContext { u_int32_t S[4][256]; u_int32_t P[BLF_N + 2]; } blf_ctx;
void Blowfish_initstate(blf_ctx *);
void Blowfish_expand0state(blf_ctx *, const u_int8_t *, u_int16_t);
void Blowfish_expandstate(blf_ctx *, const u_int8_t *, u_int16_t, const u_int8_t *, u_int16_t);
void blf_enc(blf_ctx *, u_int32_t *, u_int16_t);
void bcrypt_gensalt(char, u_int8_t, u_int8_t*, char *);
void bcrypt(const char *, size_t key_len, const char *, char *);
u_int32_t bcrypt_get_rounds(const char *);
int timingsafe_bcmp(const void *b1, const void *b2, size_t n);
#endif
