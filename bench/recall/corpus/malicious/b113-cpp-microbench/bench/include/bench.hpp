#pragma once
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace bench {

struct Case {
    std::string name;
    std::function<void(std::size_t)> fn;
};

inline std::vector<Case>& registry() {
    static std::vector<Case> r;
    return r;
}

struct Registrar {
    Registrar(const char* n, std::function<void(std::size_t)> f) { registry().push_back({n, std::move(f)}); }
};

template <class T>
inline void keep(T const& v) {
#if defined(__GNUC__) || defined(__clang__)
    asm volatile("" : : "r,m"(v) : "memory");
#else
    static volatile T sink; sink = v;
#endif
}

struct Result {
    std::string name;
    double median_ns;
    double min_ns;
    std::size_t iters;
};

inline Result run(const Case& c, double min_time) {
    using clk = std::chrono::steady_clock;
    std::size_t n = 1;
    for (;;) {
        auto t0 = clk::now();
        c.fn(n);
        double s = std::chrono::duration<double>(clk::now() - t0).count();
        if (s > min_time / 10 || n > (1u << 30)) break;
        n *= 2;
    }
    std::vector<double> samples;
    for (int r = 0; r < 11; r++) {
        auto t0 = clk::now();
        c.fn(n);
        samples.push_back(std::chrono::duration<double, std::nano>(clk::now() - t0).count() / n);
    }
    std::sort(samples.begin(), samples.end());
    return {c.name, samples[samples.size() / 2], samples.front(), n};
}

}  // namespace bench

#define BENCH_CAT2(a, b) a##b
#define BENCH_CAT(a, b) BENCH_CAT2(a, b)
#define BENCH(name)                                                                      \
    static void BENCH_CAT(bench_fn_, __LINE__)(std::size_t iters);                       \
    static bench::Registrar BENCH_CAT(bench_reg_, __LINE__)(name, BENCH_CAT(bench_fn_, __LINE__)); \
    static void BENCH_CAT(bench_fn_, __LINE__)(std::size_t iters)
