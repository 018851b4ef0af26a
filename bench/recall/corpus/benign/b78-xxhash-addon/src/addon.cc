#define XXH_INLINE_ALL
#include "xxhash.h"
#include <napi.h>

static Napi::Value Xxh32(const Napi::CallbackInfo& info) {
  auto buf = info[0].As<Napi::Buffer<uint8_t>>();
  uint32_t seed = info[1].As<Napi::Number>().Uint32Value();
  return Napi::Number::New(info.Env(), XXH32(buf.Data(), buf.Length(), seed));
}

static Napi::Value Xxh64(const Napi::CallbackInfo& info) {
  auto buf = info[0].As<Napi::Buffer<uint8_t>>();
  bool lossless;
  uint64_t seed = info[1].As<Napi::BigInt>().Uint64Value(&lossless);
  return Napi::BigInt::New(info.Env(), (uint64_t)XXH64(buf.Data(), buf.Length(), seed));
}

static Napi::Value Xxh3_64(const Napi::CallbackInfo& info) {
  auto buf = info[0].As<Napi::Buffer<uint8_t>>();
  bool lossless;
  uint64_t seed = info[1].As<Napi::BigInt>().Uint64Value(&lossless);
  return Napi::BigInt::New(info.Env(), (uint64_t)XXH3_64bits_withSeed(buf.Data(), buf.Length(), seed));
}

static Napi::Value Xxh3_128(const Napi::CallbackInfo& info) {
  auto buf = info[0].As<Napi::Buffer<uint8_t>>();
  bool lossless;
  uint64_t seed = info[1].As<Napi::BigInt>().Uint64Value(&lossless);
  XXH128_hash_t h = XXH3_128bits_withSeed(buf.Data(), buf.Length(), seed);
  XXH128_canonical_t c;
  XXH128_canonicalFromHash(&c, h);
  return Napi::Buffer<uint8_t>::Copy(info.Env(), c.digest, sizeof(c.digest));
}

class XXH3Stream : public Napi::ObjectWrap<XXH3Stream> {
 public:
  static Napi::Function Init(Napi::Env env) {
    return DefineClass(env, "XXH3Stream", {
      InstanceMethod("update", &XXH3Stream::Update),
      InstanceMethod("digest", &XXH3Stream::Digest),
    });
  }
  XXH3Stream(const Napi::CallbackInfo& info) : Napi::ObjectWrap<XXH3Stream>(info) {
    state_ = XXH3_createState();
    uint64_t seed = 0;
    bool lossless;
    if (info.Length() > 0 && info[0].IsBigInt()) seed = info[0].As<Napi::BigInt>().Uint64Value(&lossless);
    XXH3_64bits_reset_withSeed(state_, seed);
  }
  ~XXH3Stream() { XXH3_freeState(state_); }

 private:
  Napi::Value Update(const Napi::CallbackInfo& info) {
    auto buf = info[0].As<Napi::Buffer<uint8_t>>();
    XXH3_64bits_update(state_, buf.Data(), buf.Length());
    return info.This();
  }
  Napi::Value Digest(const Napi::CallbackInfo& info) {
    return Napi::BigInt::New(info.Env(), (uint64_t)XXH3_64bits_digest(state_));
  }
  XXH3_state_t* state_;
};

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("xxh32", Napi::Function::New(env, Xxh32));
  exports.Set("xxh64", Napi::Function::New(env, Xxh64));
  exports.Set("xxh3_64", Napi::Function::New(env, Xxh3_64));
  exports.Set("xxh3_128", Napi::Function::New(env, Xxh3_128));
  exports.Set("XXH3Stream", XXH3Stream::Init(env));
  return exports;
}

NODE_API_MODULE(xxhash, Init)
