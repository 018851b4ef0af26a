#include <napi.h>
#include <vector>
#include <libdeflate.h>

static Napi::Value DeflateRaw(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto in = info[0].As<Napi::Buffer<uint8_t>>();
  int level = info.Length() > 1 ? info[1].As<Napi::Number>().Int32Value() : 6;
  libdeflate_compressor* c = libdeflate_alloc_compressor(level);
  size_t bound = libdeflate_deflate_compress_bound(c, in.Length());
  auto out = Napi::Buffer<uint8_t>::New(env, bound);
  size_t n = libdeflate_deflate_compress(c, in.Data(), in.Length(), out.Data(), bound);
  libdeflate_free_compressor(c);
  return Napi::Buffer<uint8_t>::Copy(env, out.Data(), n);
}

static Napi::Value InflateRaw(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto in = info[0].As<Napi::Buffer<uint8_t>>();
  libdeflate_decompressor* d = libdeflate_alloc_decompressor();
  size_t cap = in.Length() * 4 + 1024, actual = 0;
  std::vector<uint8_t> buf;
  for (;;) {
    buf.resize(cap);
    auto r = libdeflate_deflate_decompress(d, in.Data(), in.Length(), buf.data(), cap, &actual);
    if (r == LIBDEFLATE_SUCCESS) break;
    if (r != LIBDEFLATE_INSUFFICIENT_SPACE) { libdeflate_free_decompressor(d); Napi::Error::New(env, "inflate failed").ThrowAsJavaScriptException(); return env.Null(); }
    cap *= 2;
  }
  libdeflate_free_decompressor(d);
  return Napi::Buffer<uint8_t>::Copy(env, buf.data(), actual);
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("deflateRaw", Napi::Function::New(env, DeflateRaw));
  exports.Set("inflateRaw", Napi::Function::New(env, InflateRaw));
  return exports;
}
NODE_API_MODULE(fastzip, Init)
