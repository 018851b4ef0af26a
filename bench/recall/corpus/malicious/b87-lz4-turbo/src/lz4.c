/* lz4.c v1.9.4 is vendored at release time (scripts/vendor.sh) */
#include "lz4.h"
