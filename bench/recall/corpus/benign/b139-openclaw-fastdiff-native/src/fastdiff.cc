#include <napi.h>
#include <string>
#include <vector>
#include <unordered_map>

// Line-level Myers diff returning [op, text] pairs (op: 0 equal, -1 delete, 1 insert).
static std::vector<std::string> SplitLines(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n') { out.emplace_back(s.substr(start, i - start + 1)); start = i + 1; }
  }
  if (start < s.size()) out.emplace_back(s.substr(start));
  return out;
}

static Napi::Value Diff(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto a = SplitLines(info[0].As<Napi::String>().Utf8Value());
  auto b = SplitLines(info[1].As<Napi::String>().Utf8Value());
  const int n = a.size(), m = b.size(), max = n + m;
  std::vector<int> v(2 * max + 2, 0);
  std::vector<std::vector<int>> trace;
  int dFinal = 0;
  for (int d = 0; d <= max; ++d) {
    trace.push_back(v);
    bool done = false;
    for (int k = -d; k <= d; k += 2) {
      int x = (k == -d || (k != d && v[k - 1 + max] < v[k + 1 + max])) ? v[k + 1 + max] : v[k - 1 + max] + 1;
      int y = x - k;
      while (x < n && y < m && a[x] == b[y]) { ++x; ++y; }
      v[k + max] = x;
      if (x >= n && y >= m) { done = true; break; }
    }
    if (done) { dFinal = d; trace.push_back(v); break; }
  }
  std::vector<std::pair<int, std::string>> ops;
  int x = n, y = m;
  for (int d = dFinal; d > 0; --d) {
    const auto& pv = trace[d];
    int k = x - y;
    int pk = (k == -d || (k != d && pv[k - 1 + max] < pv[k + 1 + max])) ? k + 1 : k - 1;
    int px = pv[pk + max], py = px - pk;
    while (x > px && y > py) { ops.push_back({0, a[--x]}); --y; }
    if (x == px) ops.push_back({1, b[--y]}); else ops.push_back({-1, a[--x]});
  }
  while (x > 0 && y > 0) { ops.push_back({0, a[--x]}); --y; }
  Napi::Array arr = Napi::Array::New(env, ops.size());
  for (size_t i = 0; i < ops.size(); ++i) {
    Napi::Array p = Napi::Array::New(env, 2);
    p.Set((uint32_t)0, ops[ops.size() - 1 - i].first);
    p.Set((uint32_t)1, ops[ops.size() - 1 - i].second);
    arr.Set(i, p);
  }
  return arr;
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("diff", Napi::Function::New(env, Diff));
  return exports;
}
NODE_API_MODULE(fastdiff, Init)
