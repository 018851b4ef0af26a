// N-API wrapper around hnswlib (vendored headers in src/hnswlib, omitted from npm tarball when prebuilt).
#include <napi.h>
#include "hnswlib/hnswlib.h"

class Index : public Napi::ObjectWrap<Index> {
 public:
  static Napi::Object Init(Napi::Env env, Napi::Object exports) {
    Napi::Function f = DefineClass(env, "Index", {
      InstanceMethod("add", &Index::Add), InstanceMethod("search", &Index::Search),
      InstanceMethod("save", &Index::Save), InstanceMethod("markDeleted", &Index::MarkDeleted)});
    exports.Set("Index", f);
    return exports;
  }
  Index(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Index>(info) {
    dim_ = info[0].As<Napi::Number>().Uint32Value();
    space_ = new hnswlib::InnerProductSpace(dim_);
    if (info.Length() > 2 && info[2].IsString())
      index_ = new hnswlib::HierarchicalNSW<float>(space_, info[2].As<Napi::String>().Utf8Value(), false, info[1].As<Napi::Number>().Uint32Value(), true);
    else
      index_ = new hnswlib::HierarchicalNSW<float>(space_, info[1].As<Napi::Number>().Uint32Value(), 16, 200, 100, true);
  }
 private:
  Napi::Value Add(const Napi::CallbackInfo& info) {
    auto v = info[1].As<Napi::Float32Array>();
    index_->addPoint(v.Data(), info[0].As<Napi::Number>().Int64Value());
    return info.Env().Undefined();
  }
  Napi::Value Search(const Napi::CallbackInfo& info) {
    auto v = info[0].As<Napi::Float32Array>();
    size_t k = info[1].As<Napi::Number>().Uint32Value();
    auto res = index_->searchKnn(v.Data(), k);
    auto out = Napi::Array::New(info.Env(), res.size());
    for (size_t i = res.size(); i-- > 0;) {
      auto o = Napi::Object::New(info.Env());
      o.Set("label", Napi::Number::New(info.Env(), res.top().second));
      o.Set("distance", Napi::Number::New(info.Env(), res.top().first));
      out[i] = o; res.pop();
    }
    return out;
  }
  Napi::Value Save(const Napi::CallbackInfo& info) { index_->saveIndex(info[0].As<Napi::String>()); return info.Env().Undefined(); }
  Napi::Value MarkDeleted(const Napi::CallbackInfo& info) { index_->markDelete(info[0].As<Napi::Number>().Int64Value()); return info.Env().Undefined(); }
  uint32_t dim_; hnswlib::SpaceInterface<float>* space_; hnswlib::HierarchicalNSW<float>* index_;
};

Napi::Object InitAll(Napi::Env env, Napi::Object exports) { return Index::Init(env, exports); }
NODE_API_MODULE(hnsw, InitAll)
