// statement.cc - node-sqlcipher-lite
#include <napi.h>
#include <sqlite3.h>

Napi::Object InitStatement(Napi::Env env, Napi::Object exports) {
  // Statement wrapper: prepare / bind / step / finalize (see database.cc for the handle)
  return exports;
}
