#include <napi.h>
#include <vector>

namespace qr { std::vector<uint8_t> resize(const uint8_t*, int, int, int, int, int); }

Napi::Value Resize(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 6 || !info[0].IsBuffer()) { Napi::TypeError::New(env, "resize(buf, w, h, channels, dw, dh)").ThrowAsJavaScriptException(); return env.Null(); }
  auto buf = info[0].As<Napi::Buffer<uint8_t>>();
  int w = info[1].As<Napi::Number>(), h = info[2].As<Napi::Number>(), ch = info[3].As<Napi::Number>();
  int dw = info[4].As<Napi::Number>(), dh = info[5].As<Napi::Number>();
  if (size_t(w) * h * ch != buf.Length()) { Napi::RangeError::New(env, "buffer size does not match dimensions").ThrowAsJavaScriptException(); return env.Null(); }
  auto out = qr::resize(buf.Data(), w, h, ch, dw, dh);
  return Napi::Buffer<uint8_t>::Copy(env, out.data(), out.size());
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("resize", Napi::Function::New(env, Resize));
  return exports;
}
NODE_API_MODULE(quickresize, Init)
