/* vendored stub for sample */
#include "xxhash.h"
uint64_t XXH64(const void* p, size_t n, uint64_t s){const unsigned char*b=p;uint64_t h=s^0x9E3779B185EBCA87ULL;for(size_t i=0;i<n;i++){h^=b[i];h*=0x100000001B3ULL;}return h;}
