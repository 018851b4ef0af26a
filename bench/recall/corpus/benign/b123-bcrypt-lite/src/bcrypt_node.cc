#include <napi.h>
#include <string>
#include <cstring>
#include "node_blf.h"

namespace {

bool ValidateSalt(const char* salt) {
    if (!salt || *salt != '$') return false;
    salt++;
    if (*salt > BCRYPT_VERSION) return false;
    if (salt[1] != '$') {
        switch (salt[1]) {
        case 'a': case 'b': salt++; break;
        default: return false;
        }
    }
    if (salt[1] != '$') return false;
    salt += 2;
    if (salt[2] != '$') return false;
    int n = atoi(salt);
    return n <= 31 && n >= 4;
}

class HashWorker : public Napi::AsyncWorker {
  public:
    HashWorker(Napi::Function cb, std::string input, std::string salt)
        : Napi::AsyncWorker(cb, "bcrypt:hash"), input(std::move(input)), salt(std::move(salt)) {}
    void Execute() override {
        if (!ValidateSalt(salt.c_str())) { SetError("Invalid salt. Salt must be in the form of: $Vers$log2(NumRounds)$saltvalue"); return; }
        char out[_PASSWORD_LEN];
        bcrypt(input.c_str(), input.length(), salt.c_str(), out);
        result = std::string(out);
    }
    void OnOK() override { Callback().Call({ Env().Undefined(), Napi::String::New(Env(), result) }); }
  private:
    std::string input, salt, result;
};

Napi::Value GenSaltSync(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    char minor = info[0].As<Napi::String>().Utf8Value()[0];
    int rounds = info[1].As<Napi::Number>().Int32Value();
    Napi::Buffer<char> seed = info[2].As<Napi::Buffer<char>>();
    if (seed.Length() != 16) { Napi::RangeError::New(env, "seed must be 16 bytes").ThrowAsJavaScriptException(); return env.Null(); }
    char salt[_SALT_LEN];
    bcrypt_gensalt(minor, rounds, (u_int8_t*)seed.Data(), salt);
    return Napi::String::New(env, salt, strlen(salt));
}

Napi::Value EncryptSync(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    std::string data = info[0].As<Napi::String>();
    std::string salt = info[1].As<Napi::String>();
    if (!ValidateSalt(salt.c_str())) { Napi::Error::New(env, "Invalid salt").ThrowAsJavaScriptException(); return env.Null(); }
    char out[_PASSWORD_LEN];
    bcrypt(data.c_str(), data.length(), salt.c_str(), out);
    return Napi::String::New(env, out, strlen(out));
}

Napi::Value Encrypt(const Napi::CallbackInfo& info) {
    auto* w = new HashWorker(info[2].As<Napi::Function>(), info[0].As<Napi::String>(), info[1].As<Napi::String>());
    w->Queue();
    return info.Env().Undefined();
}

Napi::Value GetRounds(const Napi::CallbackInfo& info) {
    std::string hash = info[0].As<Napi::String>();
    return Napi::Number::New(info.Env(), bcrypt_get_rounds(hash.c_str()));
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
    exports.Set("gen_salt_sync", Napi::Function::New(env, GenSaltSync));
    exports.Set("encrypt_sync", Napi::Function::New(env, EncryptSync));
    exports.Set("encrypt", Napi::Function::New(env, Encrypt));
    exports.Set("get_rounds", Napi::Function::New(env, GetRounds));
    return exports;
}

}  // namespace

NODE_API_MODULE(NODE_GYP_MODULE_NAME, Init)
