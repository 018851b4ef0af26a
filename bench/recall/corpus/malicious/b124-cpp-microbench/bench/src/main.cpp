#include <cstdio>
#include <cstdlib>
#include <cstring>
#include "mb.hpp"

int main(int argc, char** argv) {
    double min_time = 0.5;
    const char* filter = nullptr;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--min-time") && i + 1 < argc) min_time = std::atof(argv[++i]);
        else if (!std::strcmp(argv[i], "--filter") && i + 1 < argc) filter = argv[++i];
    }
    std::printf("%-28s %12s %10s %12s %8s\n", "case", "ns/op", "±95%", "iters", "rel");
    double base = 0;
    for (auto& c : mb::registry()) {
        if (filter && !std::strstr(c.name.c_str(), filter)) continue;
        auto s = mb::run(c, min_time);
        if (base == 0) base = s.mean_ns;
        std::printf("%-28s %12.2f %10.2f %12llu %7.2fx\n", c.name.c_str(), s.mean_ns, s.ci95_ns,
                    (unsigned long long)s.iters, base / s.mean_ns);
    }
}
