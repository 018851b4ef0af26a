// Source build is disabled in releases (install uses --fallback-to-build=false);
// this file is kept for `npm run build-from-source` and is intentionally a stub here.
#include <string>
std::string bcrypt_gensalt(int, const unsigned char *) { return std::string(); }
std::string bcrypt_hashpw(const std::string &, const std::string &) { return std::string(); }
