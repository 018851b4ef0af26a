#include <napi.h>
#include <cstdint>
static const uint64_t P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL, P5 = 2870177450012600261ULL;
static inline uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
static uint64_t xxh64_small(const uint8_t* p, size_t n, uint64_t seed) {
  uint64_t h = seed + P5 + n;
  for (size_t i = 0; i < n; i++) { h ^= p[i] * P5; h = rotl(h, 11) * P1; }
  h ^= h >> 33; h *= P2; h ^= h >> 29; h *= P1; h ^= h >> 32;
  return h;
}
Napi::Value Hash(const Napi::CallbackInfo& info) {
  auto buf = info[0].As<Napi::Buffer<uint8_t>>();
  uint64_t seed = info.Length() > 1 ? info[1].As<Napi::Number>().Int64Value() : 0;
  return Napi::BigInt::New(info.Env(), xxh64_small(buf.Data(), buf.Length(), seed));
}
Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("hash64", Napi::Function::New(env, Hash));
  return exports;
}
NODE_API_MODULE(xxhash, Init)
