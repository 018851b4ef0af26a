#include <napi.h>
#include <lmdb.h>

class Env : public Napi::ObjectWrap<Env> {
 public:
  static Napi::Object Init(Napi::Env env, Napi::Object exports) {
    Napi::Function fn = DefineClass(env, "Env", {
      InstanceMethod("get", &Env::Get),
      InstanceMethod("put", &Env::Put),
      InstanceMethod("close", &Env::Close),
    });
    exports.Set("Env", fn);
    return exports;
  }
  Env(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Env>(info) {
    std::string path = info[0].As<Napi::String>();
    mdb_env_create(&env_);
    mdb_env_set_mapsize(env_, 1UL << 30);
    if (mdb_env_open(env_, path.c_str(), MDB_NOSUBDIR, 0644) != 0) {
      Napi::Error::New(info.Env(), "mdb_env_open failed").ThrowAsJavaScriptException();
      return;
    }
    MDB_txn* txn;
    mdb_txn_begin(env_, nullptr, 0, &txn);
    mdb_dbi_open(txn, nullptr, 0, &dbi_);
    mdb_txn_commit(txn);
  }

 private:
  Napi::Value Get(const Napi::CallbackInfo& info) {
    std::string k = info[0].As<Napi::String>();
    MDB_txn* txn;
    mdb_txn_begin(env_, nullptr, MDB_RDONLY, &txn);
    MDB_val key{k.size(), (void*)k.data()}, val;
    Napi::Value out = info.Env().Undefined();
    if (mdb_get(txn, dbi_, &key, &val) == 0) out = Napi::Buffer<char>::Copy(info.Env(), (char*)val.mv_data, val.mv_size);
    mdb_txn_abort(txn);
    return out;
  }
  Napi::Value Put(const Napi::CallbackInfo& info) {
    std::string k = info[0].As<Napi::String>();
    auto v = info[1].As<Napi::Buffer<char>>();
    MDB_txn* txn;
    mdb_txn_begin(env_, nullptr, 0, &txn);
    MDB_val key{k.size(), (void*)k.data()}, val{v.Length(), v.Data()};
    int rc = mdb_put(txn, dbi_, &key, &val, 0);
    mdb_txn_commit(txn);
    return Napi::Boolean::New(info.Env(), rc == 0);
  }
  Napi::Value Close(const Napi::CallbackInfo& info) {
    if (env_) { mdb_env_close(env_); env_ = nullptr; }
    return info.Env().Undefined();
  }
  MDB_env* env_ = nullptr;
  MDB_dbi dbi_ = 0;
};

Napi::Object InitAll(Napi::Env env, Napi::Object exports) { return Env::Init(env, exports); }
NODE_API_MODULE(lmdb_lite, InitAll)
