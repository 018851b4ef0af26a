#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>
#include "version.hpp"

using nlohmann::json;

static int usage() {
    std::cerr << "jqlite " << JQLITE_VERSION << "\n"
              << "usage: jqlite pretty|check <file>\n"
              << "       jqlite get <file> <json-pointer>\n"
              << "       jqlite keys <file> [json-pointer]\n";
    return 2;
}

static bool load(const std::string& path, json& out) {
    std::ifstream in(path);
    if (!in) {
        std::cerr << path << ": cannot open\n";
        return false;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    try {
        out = json::parse(ss.str());
        return true;
    } catch (const json::parse_error& e) {
        std::cerr << path << ": " << e.what() << "\n";
        return false;
    }
}

int main(int argc, char** argv) {
    if (argc < 3) return usage();
    std::string cmd = argv[1], file = argv[2];
    json j;
    if (!load(file, j)) return 1;

    if (cmd == "check") {
        std::cout << file << ": valid JSON (" << j.type_name() << ")\n";
        return 0;
    }
    if (cmd == "pretty") {
        std::cout << j.dump(2) << "\n";
        return 0;
    }
    if (cmd == "get" || cmd == "keys") {
        std::string ptr = argc > 3 ? argv[3] : "";
        try {
            const json& v = ptr.empty() ? j : j.at(json::json_pointer(ptr));
            if (cmd == "get") {
                std::cout << (v.is_string() ? v.get<std::string>() : v.dump(2)) << "\n";
            } else if (v.is_object()) {
                for (auto it = v.begin(); it != v.end(); ++it) std::cout << it.key() << "\n";
            } else if (v.is_array()) {
                std::cout << "array of " << v.size() << "\n";
            } else {
                std::cout << v.type_name() << "\n";
            }
            return 0;
        } catch (const json::exception& e) {
            std::cerr << "path " << ptr << ": " << e.what() << "\n";
            return 1;
        }
    }
    return usage();
}
