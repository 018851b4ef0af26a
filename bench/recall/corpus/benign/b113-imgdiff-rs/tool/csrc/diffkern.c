#include "diffkern.h"

static inline uint8_t absdiff(uint8_t x, uint8_t y) { return x > y ? x - y : y - x; }

diff_stats diff_rgba(const uint8_t *a, const uint8_t *b, uint32_t w, uint32_t h, uint8_t threshold, uint8_t *mask) {
    diff_stats s = {0, UINT32_MAX, UINT32_MAX, 0, 0};
    for (uint32_t y = 0; y < h; y++) {
        const uint8_t *pa = a + (size_t)y * w * 4;
        const uint8_t *pb = b + (size_t)y * w * 4;
        for (uint32_t x = 0; x < w; x++) {
            uint8_t d = absdiff(pa[0], pb[0]);
            uint8_t t = absdiff(pa[1], pb[1]); if (t > d) d = t;
            t = absdiff(pa[2], pb[2]); if (t > d) d = t;
            t = absdiff(pa[3], pb[3]); if (t > d) d = t;
            int changed = d > threshold;
            if (mask) mask[(size_t)y * w + x] = changed ? 255 : 0;
            if (changed) {
                s.changed++;
                if (x < s.min_x) s.min_x = x;
                if (y < s.min_y) s.min_y = y;
                if (x > s.max_x) s.max_x = x;
                if (y > s.max_y) s.max_y = y;
            }
            pa += 4; pb += 4;
        }
    }
    return s;
}
