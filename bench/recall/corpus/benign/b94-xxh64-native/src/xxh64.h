#pragma once
#include <stdint.h>
#include <stddef.h>
uint64_t xxh64(const void *data, size_t len, uint64_t seed);
