#pragma once
#include <chrono>
#include <cmath>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace mb {

struct Case {
    std::string name;
    std::function<void(std::uint64_t)> fn;  // runs the body N times
};

inline std::vector<Case>& registry() {
    static std::vector<Case> r;
    return r;
}

struct Registrar {
    Registrar(const char* n, std::function<void(std::uint64_t)> f) { registry().push_back({n, std::move(f)}); }
};

template <class T>
inline void do_not_optimize(T const& v) {
#if defined(__GNUC__) || defined(__clang__)
    asm volatile("" : : "r,m"(v) : "memory");
#else
    static volatile const T* sink;
    sink = &v;
#endif
}

struct Stats {
    double mean_ns, ci95_ns;
    std::uint64_t iters;
};

inline Stats run(const Case& c, double min_time_s, int samples = 20) {
    using clk = std::chrono::steady_clock;
    std::uint64_t n = 1;
    for (;;) {  // calibrate so one sample takes ~min_time/samples
        auto t0 = clk::now();
        c.fn(n);
        double dt = std::chrono::duration<double>(clk::now() - t0).count();
        if (dt > min_time_s / samples || n > (1ull << 40)) break;
        n *= 2;
    }
    std::vector<double> xs;
    for (int s = 0; s < samples; ++s) {
        auto t0 = clk::now();
        c.fn(n);
        xs.push_back(std::chrono::duration<double, std::nano>(clk::now() - t0).count() / n);
    }
    double m = 0;
    for (double x : xs) m += x;
    m /= xs.size();
    double v = 0;
    for (double x : xs) v += (x - m) * (x - m);
    v /= (xs.size() - 1);
    return {m, 2.093 * std::sqrt(v / xs.size()), n};  // t(0.975, 19)
}

}  // namespace mb

#define MB_CAT2(a, b) a##b
#define MB_CAT(a, b) MB_CAT2(a, b)
#define MB_CASE(name)                                                                          \
    static void MB_CAT(mb_case_, __LINE__)(std::uint64_t);                                   \
    static ::mb::Registrar MB_CAT(mb_reg_, __LINE__)(name, MB_CAT(mb_case_, __LINE__));      \
    static void MB_CAT(mb_case_, __LINE__)(std::uint64_t mb_iters)
