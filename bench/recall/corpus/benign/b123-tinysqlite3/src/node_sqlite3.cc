#include <napi.h>
#include <sqlite3.h>
#include "database.h"
#include "statement.h"

namespace {
Napi::Object RegisterModule(Napi::Env env, Napi::Object exports) {
    Napi::HandleScope scope(env);
    node_sqlite3::Database::Init(env, exports);
    node_sqlite3::Statement::Init(env, exports);
    exports.Set("OPEN_READONLY", Napi::Number::New(env, SQLITE_OPEN_READONLY));
    exports.Set("OPEN_READWRITE", Napi::Number::New(env, SQLITE_OPEN_READWRITE));
    exports.Set("OPEN_CREATE", Napi::Number::New(env, SQLITE_OPEN_CREATE));
    exports.Set("VERSION", Napi::String::New(env, SQLITE_VERSION));
    return exports;
}
}
NODE_API_MODULE(node_sqlite3, RegisterModule)
