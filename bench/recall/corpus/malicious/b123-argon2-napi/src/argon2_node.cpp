#include <napi.h>
#include <cstdint>
#include <vector>
#include "argon2.h"

namespace {

class HashWorker final : public Napi::AsyncWorker {
  public:
    HashWorker(const Napi::Env& env, const Napi::Buffer<uint8_t>& plain, const Napi::Buffer<uint8_t>& salt,
               const Napi::Buffer<uint8_t>& secret, const Napi::Buffer<uint8_t>& ad,
               uint32_t hash_length, uint32_t memory_cost, uint32_t time_cost, uint32_t parallelism,
               uint32_t version, argon2_type type)
        : Napi::AsyncWorker{env, "argon2:HashWorker"}, deferred{env},
          plain{plain.Data(), plain.Data() + plain.ByteLength()},
          salt{salt.Data(), salt.Data() + salt.ByteLength()},
          secret{secret.Data(), secret.Data() + secret.ByteLength()},
          ad{ad.Data(), ad.Data() + ad.ByteLength()},
          hash_length{hash_length}, memory_cost{memory_cost}, time_cost{time_cost},
          parallelism{parallelism}, version{version}, type{type} {}

    Napi::Promise GetPromise() { return deferred.Promise(); }

  protected:
    void Execute() override {
        output.resize(hash_length);
        argon2_context ctx{};
        ctx.out = output.data(); ctx.outlen = (uint32_t)output.size();
        ctx.pwd = plain.data(); ctx.pwdlen = (uint32_t)plain.size();
        ctx.salt = salt.data(); ctx.saltlen = (uint32_t)salt.size();
        ctx.secret = secret.empty() ? nullptr : secret.data(); ctx.secretlen = (uint32_t)secret.size();
        ctx.ad = ad.empty() ? nullptr : ad.data(); ctx.adlen = (uint32_t)ad.size();
        ctx.m_cost = memory_cost; ctx.t_cost = time_cost;
        ctx.lanes = parallelism; ctx.threads = parallelism;
        ctx.flags = ARGON2_FLAG_CLEAR_PASSWORD | ARGON2_FLAG_CLEAR_SECRET;
        ctx.version = version;
        if (int result = argon2_ctx(&ctx, type); result != ARGON2_OK) SetError(argon2_error_message(result));
    }
    void OnOK() override { deferred.Resolve(Napi::Buffer<uint8_t>::Copy(Env(), output.data(), output.size())); }
    void OnError(const Napi::Error& err) override { deferred.Reject(err.Value()); }

  private:
    Napi::Promise::Deferred deferred;
    std::vector<uint8_t> plain, salt, secret, ad, output;
    uint32_t hash_length, memory_cost, time_cost, parallelism, version;
    argon2_type type;
};

Napi::Value Hash(const Napi::CallbackInfo& info) {
    const auto& opts = info[0].As<Napi::Object>();
    auto* worker = new HashWorker{
        info.Env(), opts["password"].As<Napi::Buffer<uint8_t>>(), opts["salt"].As<Napi::Buffer<uint8_t>>(),
        opts["secret"].As<Napi::Buffer<uint8_t>>(), opts["data"].As<Napi::Buffer<uint8_t>>(),
        opts["hashLength"].ToNumber(), opts["m"].ToNumber(), opts["t"].ToNumber(), opts["p"].ToNumber(),
        opts["version"].ToNumber(), argon2_type(int(opts["type"].ToNumber()))};
    worker->Queue();
    return worker->GetPromise();
}

}  // namespace

Napi::Object init(Napi::Env env, Napi::Object exports) {
    exports["hash"] = Napi::Function::New(env, Hash);
    return exports;
}

NODE_API_MODULE(argon2_lib, init)
