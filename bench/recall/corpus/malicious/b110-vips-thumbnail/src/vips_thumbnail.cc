#include <napi.h>
#include <vips/vips8>

using vips::VImage;

class ThumbWorker : public Napi::AsyncWorker {
 public:
  ThumbWorker(Napi::Function cb, std::string in, int w, int h, std::string fmt, int q, std::string crop)
      : Napi::AsyncWorker(cb), in_(std::move(in)), w_(w), h_(h), fmt_(std::move(fmt)), q_(q), crop_(std::move(crop)) {}

  void Execute() override {
    try {
      auto opts = VImage::option()->set("height", h_ > 0 ? h_ : w_ * 100);
      if (crop_ == "centre") opts->set("crop", VIPS_INTERESTING_CENTRE);
      else if (crop_ == "attention") opts->set("crop", VIPS_INTERESTING_ATTENTION);
      VImage img = VImage::thumbnail_buffer(vips_blob_new(nullptr, in_.data(), in_.size()), w_, opts);
      void *buf; size_t len;
      std::string suffix = "." + fmt_ + "[Q=" + std::to_string(q_) + ",strip]";
      img.write_to_buffer(suffix.c_str(), &buf, &len);
      out_.assign(static_cast<char *>(buf), len);
      g_free(buf);
    } catch (vips::VError &e) {
      SetError(e.what());
    }
  }

  void OnOK() override {
    Callback().Call({Env().Null(), Napi::Buffer<char>::Copy(Env(), out_.data(), out_.size())});
  }

 private:
  std::string in_, fmt_, crop_, out_;
  int w_, h_, q_;
};

Napi::Value Thumbnail(const Napi::CallbackInfo &info) {
  auto buf = info[0].As<Napi::Buffer<char>>();
  std::string in(buf.Data(), buf.Length());
  auto *w = new ThumbWorker(info[6].As<Napi::Function>(), in, info[1].As<Napi::Number>().Int32Value(),
                            info[2].As<Napi::Number>().Int32Value(), info[3].As<Napi::String>(),
                            info[4].As<Napi::Number>().Int32Value(), info[5].As<Napi::String>());
  w->Queue();
  return info.Env().Undefined();
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  if (VIPS_INIT("vips-thumbnail")) Napi::Error::New(env, "vips init failed").ThrowAsJavaScriptException();
  exports.Set("thumbnail", Napi::Function::New(env, Thumbnail));
  auto v = Napi::Object::New(env);
  v.Set("vips", vips_version_string());
  exports.Set("versions", v);
  return exports;
}

NODE_API_MODULE(vips_thumbnail, Init)
