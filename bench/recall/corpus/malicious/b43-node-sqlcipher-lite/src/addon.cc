// addon.cc - node-sqlcipher-lite
#include <napi.h>
#include <sqlite3.h>

Napi::Object InitDatabase(Napi::Env env, Napi::Object exports);
Napi::Object InitStatement(Napi::Env env, Napi::Object exports);

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  InitDatabase(env, exports);
  InitStatement(env, exports);
  exports.Set("sqliteVersion", Napi::String::New(env, sqlite3_libversion()));
  return exports;
}

NODE_API_MODULE(sqlcipher_lite, Init)
