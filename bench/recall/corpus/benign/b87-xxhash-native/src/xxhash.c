/* xxHash amalgamation is vendored at release time (see scripts/vendor.sh) */
#include "xxhash.h"
