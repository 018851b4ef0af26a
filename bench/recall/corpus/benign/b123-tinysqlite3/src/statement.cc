#include "statement.h"
#include "database.h"

using namespace node_sqlite3;

void Statement::Init(Napi::Env env, Napi::Object exports) {
    exports.Set("Statement", DefineClass(env, "Statement", {
        InstanceMethod("all", &Statement::All),
        InstanceMethod("run", &Statement::Run),
    }));
}

Statement::Statement(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Statement>(info) {
    Database* db = Database::Unwrap(info[0].As<Napi::Object>());
    std::string sql = info[1].As<Napi::String>();
    if (sqlite3_prepare_v2(db->Handle(), sql.c_str(), -1, &_stmt, NULL) != SQLITE_OK) {
        Napi::Error::New(info.Env(), sqlite3_errmsg(db->Handle())).ThrowAsJavaScriptException();
    }
}

Statement::~Statement() { if (_stmt) sqlite3_finalize(_stmt); }

void Statement::Bind(const Napi::CallbackInfo& info, size_t start) {
    sqlite3_reset(_stmt);
    sqlite3_clear_bindings(_stmt);
    for (size_t i = start; i < info.Length(); i++) {
        int pos = (int)(i - start + 1);
        Napi::Value v = info[i];
        if (v.IsNumber()) sqlite3_bind_double(_stmt, pos, v.As<Napi::Number>().DoubleValue());
        else if (v.IsString()) { std::string s = v.As<Napi::String>(); sqlite3_bind_text(_stmt, pos, s.c_str(), (int)s.size(), SQLITE_TRANSIENT); }
        else if (v.IsBuffer()) { auto b = v.As<Napi::Buffer<char>>(); sqlite3_bind_blob(_stmt, pos, b.Data(), (int)b.Length(), SQLITE_TRANSIENT); }
        else sqlite3_bind_null(_stmt, pos);
    }
}

Napi::Value Statement::All(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    Bind(info, 0);
    Napi::Array rows = Napi::Array::New(env);
    uint32_t n = 0;
    while (sqlite3_step(_stmt) == SQLITE_ROW) {
        Napi::Object row = Napi::Object::New(env);
        int cols = sqlite3_column_count(_stmt);
        for (int c = 0; c < cols; c++) {
            const char* name = sqlite3_column_name(_stmt, c);
            switch (sqlite3_column_type(_stmt, c)) {
                case SQLITE_INTEGER: case SQLITE_FLOAT: row.Set(name, sqlite3_column_double(_stmt, c)); break;
                case SQLITE_TEXT: row.Set(name, (const char*)sqlite3_column_text(_stmt, c)); break;
                case SQLITE_BLOB: row.Set(name, Napi::Buffer<char>::Copy(env, (const char*)sqlite3_column_blob(_stmt, c), sqlite3_column_bytes(_stmt, c))); break;
                default: row.Set(name, env.Null());
            }
        }
        rows.Set(n++, row);
    }
    return rows;
}

Napi::Value Statement::Run(const Napi::CallbackInfo& info) {
    Bind(info, 0);
    int rc = sqlite3_step(_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) Napi::Error::New(info.Env(), sqlite3_errstr(rc)).ThrowAsJavaScriptException();
    return info.This();
}
