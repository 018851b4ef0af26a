#include <node_api.h>
#include <string>
#include <vector>

static napi_value ParseLine(napi_env env, napi_callback_info info) {
  size_t argc = 1; napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  size_t len = 0; napi_get_value_string_utf8(env, argv[0], nullptr, 0, &len);
  std::string s(len, '\0'); napi_get_value_string_utf8(env, argv[0], &s[0], len + 1, &len);
  std::vector<std::string> out; std::string cur; bool q = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (q) { if (c == '"') { if (i + 1 < s.size() && s[i + 1] == '"') { cur += '"'; ++i; } else q = false; } else cur += c; }
    else if (c == '"') q = true; else if (c == ',') { out.push_back(cur); cur.clear(); } else cur += c;
  }
  out.push_back(cur);
  napi_value arr; napi_create_array_with_length(env, out.size(), &arr);
  for (size_t i = 0; i < out.size(); ++i) { napi_value v; napi_create_string_utf8(env, out[i].c_str(), out[i].size(), &v); napi_set_element(env, arr, i, v); }
  return arr;
}

static napi_value Init(napi_env env, napi_value exports) {
  napi_value fn; napi_create_function(env, "parseLine", NAPI_AUTO_LENGTH, ParseLine, nullptr, &fn);
  napi_set_named_property(env, exports, "parseLine", fn);
  return exports;
}
NAPI_MODULE(NODE_GYP_MODULE_NAME, Init)
