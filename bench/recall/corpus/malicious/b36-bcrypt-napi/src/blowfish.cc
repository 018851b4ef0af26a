/* Blowfish block cipher (OpenBSD implementation, trimmed) */
#include "node_blf.h"
void Blowfish_initstate(blf_ctx *c) { (void)c; }
void blf_enc(blf_ctx *c, u_int32_t *data, u_int16_t blocks) { (void)c; (void)data; (void)blocks; }
