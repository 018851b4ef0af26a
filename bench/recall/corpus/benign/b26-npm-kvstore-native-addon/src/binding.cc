#include <napi.h>
#include "store.h"

class KV : public Napi::ObjectWrap<KV> {
 public:
  static Napi::Object Init(Napi::Env env, Napi::Object exports) {
    Napi::Function f = DefineClass(env, "KV", {
      InstanceMethod("put", &KV::Put), InstanceMethod("get", &KV::Get),
      InstanceMethod("del", &KV::Del), InstanceMethod("size", &KV::Size),
      InstanceMethod("flush", &KV::Flush)});
    exports.Set("KV", f);
    return exports;
  }
  KV(const Napi::CallbackInfo& info) : Napi::ObjectWrap<KV>(info), store_(info[0].As<Napi::String>()) {}

 private:
  Napi::Value Put(const Napi::CallbackInfo& i) { return Napi::Boolean::New(i.Env(), store_.Put(i[0].As<Napi::String>(), i[1].As<Napi::String>())); }
  Napi::Value Get(const Napi::CallbackInfo& i) {
    auto v = store_.Get(i[0].As<Napi::String>());
    return v ? Napi::String::New(i.Env(), *v) : i.Env().Undefined();
  }
  Napi::Value Del(const Napi::CallbackInfo& i) { return Napi::Boolean::New(i.Env(), store_.Del(i[0].As<Napi::String>())); }
  Napi::Value Size(const Napi::CallbackInfo& i) { return Napi::Number::New(i.Env(), store_.Size()); }
  Napi::Value Flush(const Napi::CallbackInfo& i) { store_.Flush(); return i.Env().Undefined(); }
  Store store_;
};

Napi::Object InitAll(Napi::Env env, Napi::Object exports) { return KV::Init(env, exports); }
NODE_API_MODULE(kvstash, InitAll)
