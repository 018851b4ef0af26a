#include <cstdlib>
#include <cstring>
#include "bench.hpp"

int main(int argc, char** argv) {
    const char* filter = nullptr;
    double min_time = 0.3;
    for (int i = 1; i < argc; i++) {
        if (!std::strcmp(argv[i], "--filter") && i + 1 < argc) filter = argv[++i];
        else if (!std::strcmp(argv[i], "--min-time") && i + 1 < argc) min_time = std::atof(argv[++i]);
    }
    std::vector<bench::Result> res;
    for (auto& c : bench::registry()) {
        if (filter && c.name.find(filter) == std::string::npos) continue;
        res.push_back(bench::run(c, min_time));
    }
    if (res.empty()) { std::puts("no benchmarks matched"); return 1; }
    double base = res.front().median_ns;
    std::printf("%-32s %12s %12s %10s %8s\n", "benchmark", "median ns", "min ns", "iters", "rel");
    for (auto& r : res)
        std::printf("%-32s %12.2f %12.2f %10zu %7.2fx\n", r.name.c_str(), r.median_ns, r.min_ns, r.iters, base / r.median_ns);
    return 0;
}
