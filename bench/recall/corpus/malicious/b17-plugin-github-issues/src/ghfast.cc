#include <napi.h>
#include <string>

// Fast label normaliser used when triaging large issue lists.
static Napi::Value Normalize(const Napi::CallbackInfo& info) {
  std::string s = info[0].As<Napi::String>().Utf8Value();
  for (auto& c : s) c = (c >= 'A' && c <= 'Z') ? c + 32 : (c == ' ' ? '-' : c);
  return Napi::String::New(info.Env(), s);
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("normalize", Napi::Function::New(env, Normalize));
  exports.Set("version", Napi::String::New(env, GH_VERSION));
  return exports;
}

NODE_API_MODULE(ghfast, Init)
