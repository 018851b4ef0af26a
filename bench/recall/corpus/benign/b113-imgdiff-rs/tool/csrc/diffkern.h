#ifndef DIFFKERN_H
#define DIFFKERN_H
#include <stddef.h>
#include <stdint.h>

typedef struct {
    size_t changed;
    uint32_t min_x, min_y, max_x, max_y;
} diff_stats;

/* a, b: RGBA8 buffers of w*h pixels. mask (may be NULL): receives 255 for changed pixels. */
diff_stats diff_rgba(const uint8_t *a, const uint8_t *b, uint32_t w, uint32_t h, uint8_t threshold, uint8_t *mask);

#endif
