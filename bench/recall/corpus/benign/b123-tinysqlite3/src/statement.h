#pragma once
#include <napi.h>
#include <sqlite3.h>
namespace node_sqlite3 {
class Statement : public Napi::ObjectWrap<Statement> {
  public:
    static void Init(Napi::Env env, Napi::Object exports);
    explicit Statement(const Napi::CallbackInfo& info);
    ~Statement();
  private:
    Napi::Value All(const Napi::CallbackInfo& info);
    Napi::Value Run(const Napi::CallbackInfo& info);
    void Bind(const Napi::CallbackInfo& info, size_t start);
    sqlite3_stmt* _stmt = nullptr;
};
}
