// Example cases - replace with the user's candidates.
#include <numeric>
#include <string>
#include <vector>
#include "bench.hpp"

static std::vector<int> data = [] { std::vector<int> v(4096); std::iota(v.begin(), v.end(), 1); return v; }();

BENCH("sum/loop") {
    for (std::size_t i = 0; i < iters; i++) {
        long s = 0;
        for (int x : data) s += x;
        bench::keep(s);
    }
}

BENCH("sum/accumulate") {
    for (std::size_t i = 0; i < iters; i++) {
        long s = std::accumulate(data.begin(), data.end(), 0L);
        bench::keep(s);
    }
}

BENCH("string/append") {
    for (std::size_t i = 0; i < iters; i++) {
        std::string s;
        for (int k = 0; k < 64; k++) s += "ab";
        bench::keep(s.size());
    }
}

BENCH("string/reserve+append") {
    for (std::size_t i = 0; i < iters; i++) {
        std::string s;
        s.reserve(128);
        for (int k = 0; k < 64; k++) s += "ab";
        bench::keep(s.size());
    }
}
