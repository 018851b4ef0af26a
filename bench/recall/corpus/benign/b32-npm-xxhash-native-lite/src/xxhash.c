/* xxHash amalgamation (BSD-2-Clause, Yann Collet) is vendored here in the published tarball. */
#include "xxhash.h"
