#include <napi.h>
#include <string>
#include <vector>
#include <algorithm>

static size_t Distance(const std::u16string& a, const std::u16string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

Napi::Value Get(const Napi::CallbackInfo& info) {
  auto a = info[0].As<Napi::String>().Utf16Value();
  auto b = info[1].As<Napi::String>().Utf16Value();
  return Napi::Number::New(info.Env(), static_cast<double>(Distance(a, b)));
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("get", Napi::Function::New(env, Get));
  return exports;
}

NODE_API_MODULE(levenshtein, Init)
