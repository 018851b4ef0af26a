// Tiny BM25 scorer used to re-rank FTS5 candidates. Pure computation, no I/O.
#include <napi.h>
#include <cmath>
#include <string>
#include <unordered_map>
#include <vector>
#include <sstream>
#include <algorithm>

static std::vector<std::string> tokenize(const std::string& s) {
  std::vector<std::string> out; std::string cur;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) cur.push_back(std::tolower(static_cast<unsigned char>(c)));
    else if (!cur.empty()) { out.push_back(cur); cur.clear(); }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

Napi::Value Score(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 2 || !info[0].IsString() || !info[1].IsArray()) {
    Napi::TypeError::New(env, "score(query: string, docs: string[])").ThrowAsJavaScriptException();
    return env.Null();
  }
  const double k1 = 1.2, b = 0.75;
  auto q = tokenize(info[0].As<Napi::String>());
  auto arr = info[1].As<Napi::Array>();
  std::vector<std::vector<std::string>> docs;
  double avgdl = 0;
  std::unordered_map<std::string, int> df;
  for (uint32_t i = 0; i < arr.Length(); i++) {
    docs.push_back(tokenize(arr.Get(i).As<Napi::String>()));
    avgdl += docs.back().size();
    std::vector<std::string> uniq = docs.back();
    std::sort(uniq.begin(), uniq.end()); uniq.erase(std::unique(uniq.begin(), uniq.end()), uniq.end());
    for (auto& t : uniq) df[t]++;
  }
  const double N = docs.size();
  avgdl = N ? avgdl / N : 1;
  auto result = Napi::Float64Array::New(env, docs.size());
  for (size_t i = 0; i < docs.size(); i++) {
    std::unordered_map<std::string, int> tf;
    for (auto& t : docs[i]) tf[t]++;
    double s = 0;
    for (auto& t : q) {
      auto it = tf.find(t); if (it == tf.end()) continue;
      double idf = std::log(1 + (N - df[t] + 0.5) / (df[t] + 0.5));
      double f = it->second;
      s += idf * (f * (k1 + 1)) / (f + k1 * (1 - b + b * docs[i].size() / avgdl));
    }
    result[i] = s;
  }
  return result;
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("score", Napi::Function::New(env, Score));
  return exports;
}
NODE_API_MODULE(bm25, Init)
