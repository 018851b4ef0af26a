#include "database.h"

using namespace node_sqlite3;

Napi::FunctionReference Database::constructor;

void Database::Init(Napi::Env env, Napi::Object exports) {
    Napi::Function t = DefineClass(env, "Database", {
        InstanceMethod("exec", &Database::Exec),
        InstanceMethod("close", &Database::Close),
    });
    constructor = Napi::Persistent(t);
    constructor.SuppressDestruct();
    exports.Set("Database", t);
}

Database::Database(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Database>(info) {
    std::string filename = info[0].As<Napi::String>();
    int mode = info.Length() > 1 ? info[1].As<Napi::Number>().Int32Value()
                                 : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    int rc = sqlite3_open_v2(filename.c_str(), &_handle, mode | SQLITE_OPEN_FULLMUTEX, NULL);
    if (rc != SQLITE_OK) {
        Napi::Error::New(info.Env(), sqlite3_errmsg(_handle)).ThrowAsJavaScriptException();
        sqlite3_close(_handle);
        _handle = nullptr;
    }
}

Napi::Value Database::Exec(const Napi::CallbackInfo& info) {
    std::string sql = info[0].As<Napi::String>();
    char* err = nullptr;
    if (sqlite3_exec(_handle, sql.c_str(), NULL, NULL, &err) != SQLITE_OK) {
        Napi::Error e = Napi::Error::New(info.Env(), err ? err : "exec failed");
        sqlite3_free(err);
        e.ThrowAsJavaScriptException();
    }
    return info.This();
}

Napi::Value Database::Close(const Napi::CallbackInfo& info) {
    if (_handle) { sqlite3_close_v2(_handle); _handle = nullptr; }
    return info.Env().Undefined();
}
