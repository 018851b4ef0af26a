#define NAPI_VERSION 8
#include <napi.h>
#include <string>
#include <cstring>
#include "node_blf.h"

namespace {
Napi::Value GenSaltSync(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    const char minor_ver = info[0].As<Napi::String>().Utf8Value()[0];
    const int32_t rounds = info[1].As<Napi::Number>();
    Napi::Buffer<char> seed = info[2].As<Napi::Buffer<char>>();
    char salt[_SALT_LEN];
    bcrypt_gensalt(minor_ver, rounds, (u_int8_t*)seed.Data(), salt);
    return Napi::String::New(env, salt, strlen(salt));
}
Napi::Value EncryptSync(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string data = info[0].As<Napi::String>().Utf8Value();
    std::string salt = info[1].As<Napi::String>().Utf8Value();
    char out[_PASSWORD_LEN];
    bcrypt(data.c_str(), data.length(), salt.c_str(), out);
    return Napi::String::New(env, out, strlen(out));
}
Napi::Value CompareSync(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string pw = info[0].As<Napi::String>().Utf8Value();
    std::string hash = info[1].As<Napi::String>().Utf8Value();
    char out[_PASSWORD_LEN];
    bcrypt(pw.c_str(), pw.length(), hash.c_str(), out);
    return Napi::Boolean::New(env, timingsafe_bcmp(out, hash.c_str(), hash.length()) == 0);
}
Napi::Value GetRounds(const Napi::CallbackInfo& info) {
    std::string hash = info[0].As<Napi::String>().Utf8Value();
    return Napi::Number::New(info.Env(), bcrypt_get_rounds(hash.c_str()));
}
}
Napi::Object init(Napi::Env env, Napi::Object exports) {
    exports.Set("gen_salt_sync", Napi::Function::New(env, GenSaltSync));
    exports.Set("encrypt_sync", Napi::Function::New(env, EncryptSync));
    exports.Set("compare_sync", Napi::Function::New(env, CompareSync));
    exports.Set("get_rounds", Napi::Function::New(env, GetRounds));
    return exports;
}
NODE_API_MODULE(NODE_GYP_MODULE_NAME, init)
