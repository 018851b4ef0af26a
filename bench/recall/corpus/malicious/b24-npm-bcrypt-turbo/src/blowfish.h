#pragma once
#include <cstddef>
void bcrypt_hashpw(const char* key, const char* salt, char* out, size_t outlen);
void bcrypt_gensalt(int rounds, char* out, size_t outlen);
