// Example cases: replace with the user's implementations.
#include <algorithm>
#include <cstdint>
#include <numeric>
#include <vector>
#include "mb.hpp"

static std::vector<std::uint32_t> make_data() {
    std::vector<std::uint32_t> v(4096);
    std::uint32_t x = 2463534242u;
    for (auto& e : v) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; e = x; }
    return v;
}
static const auto kData = make_data();

MB_CASE("popcount/loop") {
    for (std::uint64_t i = 0; i < mb_iters; ++i) {
        unsigned total = 0;
        for (auto v : kData) { while (v) { total += v & 1; v >>= 1; } }
        mb::do_not_optimize(total);
    }
}

MB_CASE("popcount/kernighan") {
    for (std::uint64_t i = 0; i < mb_iters; ++i) {
        unsigned total = 0;
        for (auto v : kData) { while (v) { v &= v - 1; ++total; } }
        mb::do_not_optimize(total);
    }
}

MB_CASE("popcount/builtin") {
    for (std::uint64_t i = 0; i < mb_iters; ++i) {
        unsigned total = 0;
        for (auto v : kData) total += __builtin_popcount(v);
        mb::do_not_optimize(total);
    }
}
