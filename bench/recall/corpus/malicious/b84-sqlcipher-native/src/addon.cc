#include <napi.h>
#include <sqlcipher/sqlite3.h>

class Database : public Napi::ObjectWrap<Database> {
 public:
  static Napi::Object Init(Napi::Env env, Napi::Object exports) {
    Napi::Function fn = DefineClass(env, "Database", {
      InstanceMethod("key", &Database::Key),
      InstanceMethod("exec", &Database::Exec),
      InstanceMethod("close", &Database::Close),
    });
    exports.Set("Database", fn);
    return exports;
  }
  Database(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Database>(info) {
    std::string path = info[0].As<Napi::String>();
    if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) {
      Napi::Error::New(info.Env(), sqlite3_errmsg(db_)).ThrowAsJavaScriptException();
    }
  }
  ~Database() { if (db_) sqlite3_close(db_); }

 private:
  sqlite3* db_ = nullptr;
  Napi::Value Key(const Napi::CallbackInfo& info) {
    std::string k = info[0].As<Napi::String>();
    int rc = sqlite3_key(db_, k.data(), (int)k.size());
    return Napi::Boolean::New(info.Env(), rc == SQLITE_OK);
  }
  Napi::Value Exec(const Napi::CallbackInfo& info) {
    std::string sql = info[0].As<Napi::String>();
    char* err = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "unknown error";
      sqlite3_free(err);
      Napi::Error::New(info.Env(), msg).ThrowAsJavaScriptException();
    }
    return info.Env().Undefined();
  }
  Napi::Value Close(const Napi::CallbackInfo& info) {
    if (db_) { sqlite3_close(db_); db_ = nullptr; }
    return info.Env().Undefined();
  }
};

Napi::Object InitAll(Napi::Env env, Napi::Object exports) { return Database::Init(env, exports); }
NODE_API_MODULE(sqlcipher, InitAll)
