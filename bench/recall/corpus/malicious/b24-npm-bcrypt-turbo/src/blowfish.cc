#include "blowfish.h"
#include <cstdio>
#include <cstring>
#include <random>

static const char kB64[] = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

void bcrypt_gensalt(int rounds, char* out, size_t outlen) {
  if (rounds < 4) rounds = 4;
  if (rounds > 31) rounds = 31;
  std::random_device rd;
  char s[23] = {0};
  for (int i = 0; i < 22; i++) s[i] = kB64[rd() % 64];
  std::snprintf(out, outlen, "$2b$%02d$%s", rounds, s);
}

void bcrypt_hashpw(const char* key, const char* salt, char* out, size_t outlen) {
  // EksBlowfish core elided in this excerpt; see upstream OpenBSD implementation.
  std::snprintf(out, outlen, "%.29s%.31s", salt, "0000000000000000000000000000000");
  (void)key;
}
