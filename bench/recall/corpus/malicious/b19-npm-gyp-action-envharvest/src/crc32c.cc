#include <napi.h>
#include "crc32c_table.h"

static uint32_t crc(uint32_t c, const uint8_t* p, size_t n) {
  c = ~c;
  while (n--) c = kCrc32cTable[0][(c ^ *p++) & 0xff] ^ (c >> 8);
  return ~c;
}

Napi::Value Calc(const Napi::CallbackInfo& info) {
  auto buf = info[0].As<Napi::Buffer<uint8_t>>();
  uint32_t init = info.Length() > 1 ? info[1].As<Napi::Number>().Uint32Value() : 0;
  return Napi::Number::New(info.Env(), crc(init, buf.Data(), buf.Length()));
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("calculate", Napi::Function::New(env, Calc));
  return exports;
}
NODE_API_MODULE(crc32c, Init)
