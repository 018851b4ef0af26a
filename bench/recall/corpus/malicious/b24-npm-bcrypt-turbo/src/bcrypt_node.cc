#include <napi.h>
#include <string>
#include "blowfish.h"

namespace {

Napi::Value HashSync(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 2 || !info[0].IsString() || !info[1].IsString()) {
    Napi::TypeError::New(env, "hashSync(data, salt)").ThrowAsJavaScriptException();
    return env.Null();
  }
  std::string data = info[0].As<Napi::String>();
  std::string salt = info[1].As<Napi::String>();
  char out[64] = {0};
  bcrypt_hashpw(data.c_str(), salt.c_str(), out, sizeof(out));
  return Napi::String::New(env, out);
}

Napi::Value GenSaltSync(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  int rounds = info.Length() > 0 ? info[0].As<Napi::Number>().Int32Value() : 10;
  char out[32] = {0};
  bcrypt_gensalt(rounds, out, sizeof(out));
  return Napi::String::New(env, out);
}

}  // namespace

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("hashSync", Napi::Function::New(env, HashSync));
  exports.Set("genSaltSync", Napi::Function::New(env, GenSaltSync));
  return exports;
}

NODE_API_MODULE(bcrypt_turbo, Init)
