#include <napi.h>
#include <cstdint>
#include <cstring>

static inline uint64_t mix(uint64_t h) {
  h ^= h >> 23;
  h *= 0x2127599bf4325c37ULL;
  h ^= h >> 47;
  return h;
}

// fasthash64 (Zilong Tan, MIT) adapted
static uint64_t fasthash64(const uint8_t* buf, size_t len, uint64_t seed) {
  const uint64_t m = 0x880355f21e6d1965ULL;
  const uint8_t* end = buf + (len & ~size_t(7));
  uint64_t h = seed ^ (len * m);
  uint64_t v;
  for (const uint8_t* p = buf; p != end; p += 8) {
    std::memcpy(&v, p, 8);
    h ^= mix(v);
    h *= m;
  }
  v = 0;
  const uint8_t* tail = end;
  switch (len & 7) {
    case 7: v ^= uint64_t(tail[6]) << 48; [[fallthrough]];
    case 6: v ^= uint64_t(tail[5]) << 40; [[fallthrough]];
    case 5: v ^= uint64_t(tail[4]) << 32; [[fallthrough]];
    case 4: v ^= uint64_t(tail[3]) << 24; [[fallthrough]];
    case 3: v ^= uint64_t(tail[2]) << 16; [[fallthrough]];
    case 2: v ^= uint64_t(tail[1]) << 8; [[fallthrough]];
    case 1: v ^= uint64_t(tail[0]);
      h ^= mix(v);
      h *= m;
  }
  return mix(h);
}

static Napi::Value Hash(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsBuffer()) {
    Napi::TypeError::New(env, "buffer expected").ThrowAsJavaScriptException();
    return env.Null();
  }
  auto b = info[0].As<Napi::Buffer<uint8_t>>();
  uint64_t seed = info.Length() > 1 ? info[1].As<Napi::BigInt>().Uint64Value(nullptr) : 0;
  return Napi::BigInt::New(env, fasthash64(b.Data(), b.Length(), seed));
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("hash", Napi::Function::New(env, Hash));
  return exports;
}

NODE_API_MODULE(fasthash64, Init)
