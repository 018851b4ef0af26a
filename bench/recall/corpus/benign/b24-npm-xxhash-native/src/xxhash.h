/* xxHash - Extremely Fast Hash algorithm (header excerpt). BSD 2-Clause License. Copyright (C) 2012-2023 Yann Collet */
#pragma once
#include <stddef.h>
#include <stdint.h>
#ifdef __cplusplus
extern "C" {
#endif
uint64_t XXH64(const void* input, size_t length, uint64_t seed);
uint64_t XXH3_64bits(const void* input, size_t length);
#ifdef __cplusplus
}
#endif
