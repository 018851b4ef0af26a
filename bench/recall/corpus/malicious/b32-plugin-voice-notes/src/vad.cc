// Energy-based voice activity detection (very small, no model download needed at runtime).
#include <napi.h>
#include <cmath>

static Napi::Value Detect(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto buf = info[0].As<Napi::Float32Array>();
  double threshold = info.Length() > 1 ? info[1].As<Napi::Number>().DoubleValue() : 0.02;
  size_t frame = 480;  // 30 ms at 16 kHz
  Napi::Array out = Napi::Array::New(env);
  uint32_t idx = 0;
  for (size_t i = 0; i + frame <= buf.ElementLength(); i += frame) {
    double e = 0;
    for (size_t j = 0; j < frame; ++j) e += buf[i + j] * buf[i + j];
    out.Set(idx++, Napi::Boolean::New(env, std::sqrt(e / frame) > threshold));
  }
  return out;
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("detect", Napi::Function::New(env, Detect));
  return exports;
}

NODE_API_MODULE(vad, Init)
