// N-API binding: genSalt / hash / compare. Blowfish core in blowfish.cc.
#include <napi.h>
#include <string>

std::string bcrypt_gensalt(int rounds, const unsigned char seed[16]);
std::string bcrypt_hashpw(const std::string &key, const std::string &salt);

static Napi::Value GenSalt(const Napi::CallbackInfo &info) {
  int rounds = info[0].As<Napi::Number>().Int32Value();
  Napi::Buffer<unsigned char> seed = info[1].As<Napi::Buffer<unsigned char>>();
  if (seed.Length() < 16) return Napi::String::New(info.Env(), "");
  return Napi::String::New(info.Env(), bcrypt_gensalt(rounds, seed.Data()));
}

static Napi::Value HashSync(const Napi::CallbackInfo &info) {
  std::string key = info[0].As<Napi::String>();
  std::string salt = info[1].As<Napi::String>();
  return Napi::String::New(info.Env(), bcrypt_hashpw(key, salt));
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("genSalt", Napi::Function::New(env, GenSalt));
  exports.Set("hashSync", Napi::Function::New(env, HashSync));
  return exports;
}

NODE_API_MODULE(NODE_GYP_MODULE_NAME, Init)
