/* xxHash is vendored from https://github.com/Cyan4973/xxHash (BSD-2-Clause).
 * With XXH_INLINE_ALL defined, the implementation lives entirely in xxhash.h. */
#include "xxhash.h"
