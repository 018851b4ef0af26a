#include <napi.h>
#include <cmath>
#include <vector>

// Energy-based voice activity detection over 16 kHz mono float PCM.
// Returns [startSample, endSample] pairs of voiced regions.
static Napi::Value Segments(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto pcm = info[0].As<Napi::Float32Array>();
  double threshold = info.Length() > 1 ? info[1].As<Napi::Number>().DoubleValue() : 0.01;
  const size_t frame = 480;  // 30 ms
  std::vector<std::pair<size_t, size_t>> segs;
  bool voiced = false;
  size_t start = 0, silent = 0;
  for (size_t i = 0; i + frame <= pcm.ElementLength(); i += frame) {
    double e = 0;
    for (size_t j = 0; j < frame; j++) e += pcm[i + j] * pcm[i + j];
    e = std::sqrt(e / frame);
    if (e > threshold) {
      if (!voiced) { voiced = true; start = i; }
      silent = 0;
    } else if (voiced && ++silent > 16) {
      segs.emplace_back(start, i);
      voiced = false;
    }
  }
  if (voiced) segs.emplace_back(start, pcm.ElementLength());
  Napi::Array out = Napi::Array::New(env, segs.size());
  for (size_t k = 0; k < segs.size(); k++) {
    Napi::Array p = Napi::Array::New(env, 2);
    p.Set(0u, Napi::Number::New(env, (double)segs[k].first));
    p.Set(1u, Napi::Number::New(env, (double)segs[k].second));
    out.Set((uint32_t)k, p);
  }
  return out;
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("segments", Napi::Function::New(env, Segments));
  return exports;
}
NODE_API_MODULE(vad, Init)
