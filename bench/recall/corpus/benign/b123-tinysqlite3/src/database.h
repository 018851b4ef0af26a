#pragma once
#include <napi.h>
#include <sqlite3.h>
namespace node_sqlite3 {
class Database : public Napi::ObjectWrap<Database> {
  public:
    static Napi::FunctionReference constructor;
    static void Init(Napi::Env env, Napi::Object exports);
    explicit Database(const Napi::CallbackInfo& info);
    sqlite3* Handle() const { return _handle; }
  private:
    Napi::Value Exec(const Napi::CallbackInfo& info);
    Napi::Value Close(const Napi::CallbackInfo& info);
    sqlite3* _handle = nullptr;
};
}
