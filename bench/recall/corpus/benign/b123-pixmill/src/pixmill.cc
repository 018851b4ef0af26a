#include <napi.h>
#include <vips/vips8>

Napi::Value Pipeline(const Napi::CallbackInfo& info);
Napi::Value Metadata(const Napi::CallbackInfo& info);

static Napi::Value Versions(const Napi::CallbackInfo& info) {
    Napi::Object v = Napi::Object::New(info.Env());
    v.Set("vips", vips_version_string());
    return v;
}

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
    if (VIPS_INIT("pixmill")) {
        Napi::Error::New(env, vips_error_buffer()).ThrowAsJavaScriptException();
        return exports;
    }
    vips_cache_set_max_mem(50 * 1024 * 1024);
    exports.Set("pipeline", Napi::Function::New(env, Pipeline));
    exports.Set("metadata", Napi::Function::New(env, Metadata));
    exports.Set("versions", Napi::Function::New(env, Versions));
    return exports;
}
NODE_API_MODULE(pixmill, Init)
