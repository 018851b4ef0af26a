/* Placeholder for the upstream xxhash.c (BSD 2-Clause). */
#include "xxhash.h"
