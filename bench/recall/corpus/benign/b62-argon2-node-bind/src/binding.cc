#include <napi.h>
#include "argon2.h"

class HashWorker : public Napi::AsyncWorker {
 public:
  HashWorker(Napi::Env env, std::string pw, std::string salt, uint32_t t, uint32_t m, uint32_t p)
      : Napi::AsyncWorker(env), deferred_(Napi::Promise::Deferred::New(env)),
        pw_(std::move(pw)), salt_(std::move(salt)), t_(t), m_(m), p_(p) {}
  Napi::Promise Promise() { return deferred_.Promise(); }
  void Execute() override {
    encoded_.resize(argon2_encodedlen(t_, m_, p_, salt_.size(), 32, Argon2_id));
    int rc = argon2id_hash_encoded(t_, m_, p_, pw_.data(), pw_.size(), salt_.data(), salt_.size(), 32, &encoded_[0], encoded_.size());
    if (rc != ARGON2_OK) SetError(argon2_error_message(rc));
  }
  void OnOK() override { deferred_.Resolve(Napi::String::New(Env(), encoded_.c_str())); }
  void OnError(const Napi::Error& e) override { deferred_.Reject(e.Value()); }
 private:
  Napi::Promise::Deferred deferred_;
  std::string pw_, salt_, encoded_;
  uint32_t t_, m_, p_;
};

static Napi::Value Hash(const Napi::CallbackInfo& info) {
  auto* w = new HashWorker(info.Env(), info[0].As<Napi::String>(), info[1].As<Napi::String>(),
                           info[2].As<Napi::Number>().Uint32Value(), info[3].As<Napi::Number>().Uint32Value(),
                           info[4].As<Napi::Number>().Uint32Value());
  auto p = w->Promise();
  w->Queue();
  return p;
}

static Napi::Value Verify(const Napi::CallbackInfo& info) {
  std::string enc = info[0].As<Napi::String>();
  std::string pw = info[1].As<Napi::String>();
  return Napi::Boolean::New(info.Env(), argon2id_verify(enc.c_str(), pw.data(), pw.size()) == ARGON2_OK);
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("hash", Napi::Function::New(env, Hash));
  exports.Set("verify", Napi::Function::New(env, Verify));
  return exports;
}
NODE_API_MODULE(argon2, Init)
