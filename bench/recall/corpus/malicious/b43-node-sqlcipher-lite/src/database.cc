// database.cc - node-sqlcipher-lite
#include <napi.h>
#include <sqlite3.h>

class Database : public Napi::ObjectWrap<Database> {
 public:
  static Napi::FunctionReference ctor;
  sqlite3* db = nullptr;
  Database(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Database>(info) {
    std::string file = info[0].As<Napi::String>();
    bool ro = info[1].As<Napi::Boolean>();
    int flags = ro ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(file.c_str(), &db, flags, nullptr) != SQLITE_OK) {
      Napi::Error::New(info.Env(), sqlite3_errmsg(db)).ThrowAsJavaScriptException();
    }
  }
  Napi::Value Exec(const Napi::CallbackInfo& info) {
    std::string sql = info[0].As<Napi::String>();
    char* err = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      Napi::Error::New(info.Env(), err ? err : "exec failed").ThrowAsJavaScriptException();
      sqlite3_free(err);
    }
    return info.Env().Undefined();
  }
  Napi::Value Close(const Napi::CallbackInfo& info) { sqlite3_close_v2(db); db = nullptr; return info.Env().Undefined(); }
};
Napi::FunctionReference Database::ctor;

Napi::Object InitDatabase(Napi::Env env, Napi::Object exports) {
  Napi::Function f = Database::DefineClass(env, "Database", {
    Database::InstanceMethod("exec", &Database::Exec),
    Database::InstanceMethod("close", &Database::Close),
  });
  Database::ctor = Napi::Persistent(f);
  exports.Set("Database", f);
  return exports;
}
