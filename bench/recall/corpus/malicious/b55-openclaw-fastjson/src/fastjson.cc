#include <napi.h>
#include "char_tables.h"

static Napi::Value Validate(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsString()) {
    Napi::TypeError::New(env, "string expected").ThrowAsJavaScriptException();
    return env.Null();
  }
  std::string s = info[0].As<Napi::String>().Utf8Value();
  int depth = 0;
  bool in_str = false, esc = false;
  for (unsigned char c : s) {
    if (in_str) {
      if (esc) esc = false;
      else if (c == '\\') esc = true;
      else if (c == '"') in_str = false;
      continue;
    }
    if (c == '"') in_str = true;
    else if (c == '{' || c == '[') depth++;
    else if (c == '}' || c == ']') { if (--depth < 0) return Napi::Boolean::New(env, false); }
    else if (!kWhitespace[c] && !kStructural[c] && !kNumberStart[c] && c != '.' && c != 'e' && c != 'E' && c != '+' &&
             !(c >= 'a' && c <= 'z')) return Napi::Boolean::New(env, false);
  }
  return Napi::Boolean::New(env, depth == 0 && !in_str);
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("validate", Napi::Function::New(env, Validate));
  return exports;
}

NODE_API_MODULE(fastjson, Init)
